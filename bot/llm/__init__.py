"""Features: optional LLM help: prompts as files, any OpenAI-compatible or Ollama model, every answer gated by the rules.

Import from the submodules; this package stays light so the deterministic path never loads langchain.
"""
