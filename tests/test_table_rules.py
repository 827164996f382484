"""A markdown table pasted with the rule row under its header (tester59 F17): the rule holds no IKI and is no header,
and a header row naming only columns is said nowhere."""

from bot.conversation.iki_list import without_rules
from tests.talk import said

TABLE = """| No. | Indikator Kinerja | Target |
|:---:|:-------------|-----:|
| 1 | Persentase resep yang dilayani tepat waktu | 90% |
| 2 | Jumlah laporan stok opname | 12 laporan |"""


def test_the_rule_row_is_left_out_of_the_table():
    assert "---" not in without_rules(TABLE) and without_rules(TABLE).count("\n") == 2
    assert without_rules("Persentase a - b\nJumlah c") == "Persentase a - b\nJumlah c"  # a dash in words stays


def test_a_table_with_its_rule_reads_its_rows_and_says_no_header(engine):
    text = said(engine.handle("u", TABLE))
    assert "daftar 2 IKI" in text and "---" not in text and "saya anggap judul" not in text
