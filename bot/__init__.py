"""Asisten IKI: helps Kemenkes civil servants draft output-based individual performance indicators (IKI)."""
