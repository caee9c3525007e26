#!/usr/bin/env python3
"""Writes the .xlsx fixtures of tests/import (standard library only, no network).

sinoe_titres_ligne6.xlsx: like an INSEE/ADEME workbook, a notes sheet first, then a data sheet
whose header is on row 6 below title rows; codes stored as text (leading zeros), tonnages as
numbers, one tonnage as a formula with its cached value, one inline string, a date column.
Run: python3 make_xlsx.py  (rewrites the files next to it)."""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

shared = []


def s(text):
    if text not in shared:
        shared.append(text)
    return shared.index(text)


def col(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def cell(ref, value, kind, style=None):
    st = f' s="{style}"' if style is not None else ""
    if kind == "s":
        return f'<c r="{ref}" t="s"{st}><v>{s(value)}</v></c>'
    if kind == "n":
        return f'<c r="{ref}"{st}><v>{value}</v></c>'
    if kind == "inline":
        return f'<c r="{ref}" t="inlineStr"{st}><is><t>{escape(value)}</t></is></c>'
    if kind == "formula":
        formula, cached = value
        return f'<c r="{ref}"{st}><f>{escape(formula)}</f><v>{cached}</v></c>'
    raise ValueError(kind)


def sheet_xml(rows):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
           '<sheetData>']
    for number, cells in rows:
        parts = []
        for i, c in enumerate(cells):
            if c is None:
                continue
            value, kind, *style = c
            parts.append(cell(f"{col(i)}{number}", value, kind, style[0] if style else None))
        out.append(f'<row r="{number}">{"".join(parts)}</row>')
    out.append('</sheetData></worksheet>')
    return "".join(out)


def write(path, sheets):
    workbook = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, (name, _) in enumerate(sheets, 1):
        workbook.append(f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>')
        rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                    f'Target="worksheets/sheet{i}.xml"/>')
    n = len(sheets)
    rels.append(f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
    rels.append(f'<Relationship Id="rId{n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    workbook.append('</sheets></workbook>')
    rels.append('</Relationships>')
    sheet_xmls = [sheet_xml(rows) for _, rows in sheets]  # fills the shared strings
    sst = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" uniqueCount="{len(shared)}">']
    sst += [f'<si><t xml:space="preserve">{escape(t)}</t></si>' for t in shared]
    sst.append('</sst>')
    # Style 0: general; 1: a custom date format (numFmtId 164); 2: built-in date 14.
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
              '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14"/></cellXfs>'
              '</styleSheet>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                     + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                               for i in range(1, n + 1)) +
                     '</Types>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                 '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        # Fixed timestamps: the fixture bytes (and its SHA-256) do not change between runs.
        def put(name, text):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
        put("[Content_Types].xml", content_types)
        put("_rels/.rels", root_rels)
        put("xl/workbook.xml", "".join(workbook))
        put("xl/_rels/workbook.xml.rels", "".join(rels))
        put("xl/sharedStrings.xml", "".join(sst))
        put("xl/styles.xml", styles)
        for i, xml in enumerate(sheet_xmls, 1):
            put(f"xl/worksheets/sheet{i}.xml", xml)


def main():
    notes = [(1, [("Tonnages des déchèteries par département (extrait de test)", "s")]),
             (3, [("Source : ADEME, SINOE®", "s")])]
    header = ["ANNEE", "C_REGION", "L_REGION", "C_DEPT", "N_DEPT", "C_TYP_REG_DECHET", "L_TYP_REG_DECHET", "TONNAGE_T", "DATE_MAJ"]
    data = [(1, [("Tonnages collectés en déchèterie", "s")]),
            (2, [("Hauts-de-France, 2021", "s")]),
            (4, [("Unité : tonne", "s")]),
            (6, [(h, "s") for h in header])]
    rows = [
        (2021, "32", "Hauts-de-France", "02", "Aisne", "02A", "Déchets dangereux", ("n", 1358.45)),
        (2021, "32", "Hauts-de-France", "02", "Aisne", "02C", "Déchets verts", ("formula", ("1000+234.5", 1234.5))),
        (2021, "32", "Hauts-de-France", "59", "Nord", "02A", "Déchets dangereux", ("n", 4021)),
        (2021, "32", "Hauts-de-France", "59", "Nord", "02C", "Déchets verts", ("n", 80250.75)),
        (2021, "32", "Hauts-de-France", "60", "Oise", "02A", "Déchets dangereux", ("n", 1500)),
        (2021, "32", "Hauts-de-France", "60", "Oise", "02C", "Déchets verts", ("inline", "2500,5")),
    ]
    number = 7
    for year, reg, lreg, dep, ndep, code, label, (kind, value) in rows:
        data.append((number, [(year, "n"), (reg, "s"), (lreg, "s"), (dep, "s"), (ndep, "s"), (code, "s"), (label, "s"),
                              (value, kind), (44561, "n", 1)]))  # 44561 = 2021-12-31
        number += 1
    write(os.path.join(HERE, "sinoe_titres_ligne6.xlsx"), [("Notes", notes), ("Données", data)])


if __name__ == "__main__":
    main()
