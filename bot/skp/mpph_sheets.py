"""The MPPH workbook's sheets and its IKI sheet's columns, as `mpph_workbook` writes them: `iki audit` knows the
workbook by them and skips it (its IKI are a leader's plan for the team, no one's SKP: tester54 F22). Apart from
mpph.py, so the audit's reader need not load the MPPH checks to know the file."""

MATRIX_SHEET = "MPPH 1 Tingkat"
LEVEL_TWO_SHEET = "MPPH 2 Tingkat - "  # and the Ketua's name, one sheet each
IKI_SHEET = "IKI per pegawai"
IKI_COLUMNS = ("Pegawai", "Jabatan", "Rencana Hasil Kerja", "Indikator", "Target", "Satuan", "Jenis IKI",
               "Kode indikator induk", "Indikator/RHK atasan yang diintervensi", "Atasan")
VERSION_SHEET = "Versi MPPH"  # the matrix's versions once the leader's SKP is agreed (the chat's /mpph versi)
VERSION_COLUMNS = ("Versi", "Dicatat", "Alasan", "Berlaku sejak", "Keterangan", "Jumlah peran", "Dipakai di berkas ini")
