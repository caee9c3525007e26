#!/usr/bin/env python3
"""Writes corpus/xlsx_parts_sinoe_titres_ligne6.txt: the XML parts of the .xlsx fixture of
tests/import, joined by the byte 0x1E in the order fuzz_reader.cpp zips them back (kPartNames).
A seed the fuzzer can mutate without breaking a ZIP checksum. Standard library only.
Run: python3 make_xlsx_parts_seed.py  (rewrites the file)."""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "import", "data", "sinoe_titres_ligne6.xlsx")
PARTS = ["xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/sharedStrings.xml", "xl/styles.xml",
         "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]


def main():
    with zipfile.ZipFile(SOURCE) as z:
        parts = [z.read(name) for name in PARTS]
    with open(os.path.join(HERE, "corpus", "xlsx_parts_sinoe_titres_ligne6.txt"), "wb") as out:
        out.write(b"\x1e".join(parts))


if __name__ == "__main__":
    main()
