"""Build minimal .docx packages from raw WordprocessingML, for exact reader tests."""

from __future__ import annotations

import io
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/{main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{main}"/>
</Relationships>"""
_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
</Relationships>"""


def document_xml(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W_NS}" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
            f"<w:body>{body}</w:body></w:document>")


def make_docx(body: str, *, numbering: str = "", styles: str = "",
              main: str = "word/document.xml", raw_document: str | None = None,
              footnotes: str | None = None, endnotes: str | None = None) -> bytes:
    """A package; ``footnotes`` / ``endnotes``: the w:footnote / w:endnote elements of a
    notes part, related to the main document."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CT.format(main=main))
        zf.writestr("_rels/.rels", _RELS.format(main=main))
        zf.writestr(main, raw_document if raw_document is not None else document_xml(body))
        folder = main.rsplit("/", 1)[0]
        rels = _DOC_RELS
        for kind, notes in (("footnote", footnotes), ("endnote", endnotes)):
            if notes is None:
                continue
            rels = rels.replace("</Relationships>", (
                f'<Relationship Id="rId{kind}" Type="http://schemas.openxmlformats.org/'
                f'officeDocument/2006/relationships/{kind}s" Target="{kind}s.xml"/>'
                "</Relationships>"))
            zf.writestr(f"{folder}/{kind}s.xml",
                        f'<w:{kind}s xmlns:w="{W_NS}">{notes}</w:{kind}s>')
        zf.writestr(f"{folder}/_rels/{main.rsplit('/', 1)[1]}.rels", rels)
        zf.writestr(f"{folder}/styles.xml",
                    f'<w:styles xmlns:w="{W_NS}">{styles}</w:styles>')
        zf.writestr(f"{folder}/numbering.xml",
                    f'<w:numbering xmlns:w="{W_NS}">{numbering}</w:numbering>')
    return buf.getvalue()


def p(text: str = "", *, style: str | None = None, num: tuple[int, int] | None = None,
      extra: str = "", bookmark: str | None = None) -> str:
    """A paragraph; TABs and newlines in ``text`` become w:tab and w:br."""
    ppr = ""
    if style or num:
        inner = f'<w:pStyle w:val="{style}"/>' if style else ""
        if num:
            inner += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr = f"<w:pPr>{inner}</w:pPr>"
    runs = []
    for i, line in enumerate(text.split("\n")):
        if i:
            runs.append("<w:r><w:br/></w:r>")
        for j, chunk in enumerate(line.split("\t")):
            if j:
                runs.append("<w:r><w:tab/></w:r>")
            if chunk:
                runs.append(f'<w:r><w:t xml:space="preserve">{chunk}</w:t></w:r>')
    mark = (f'<w:bookmarkStart w:id="0" w:name="{bookmark}"/><w:bookmarkEnd w:id="0"/>'
            if bookmark else "")
    return f"<w:p>{ppr}{mark}{''.join(runs)}{extra}</w:p>"


def table(rows: list[list[str]]) -> str:
    """A table; each cell is a string of paragraph XML."""
    body = "".join("<w:tr>" + "".join(f"<w:tc>{c or p()}</w:tc>" for c in row) + "</w:tr>"
                   for row in rows)
    return f"<w:tbl>{body}</w:tbl>"
