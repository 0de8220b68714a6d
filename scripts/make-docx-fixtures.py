"""Writes the Word fixtures of the .docx import tests (e2e/fixtures/sample.docx, empty.docx).

A .docx is a zip of XML parts; these are the few parts Word itself needs, written by hand so
the fixture's every byte is known: a Title and a Subtitle paragraph, body text with bold and
italic, a heading, an embedded PNG followed by a Caption paragraph, a table, and the
记者/通讯员 byline line at the end. Run: python3 scripts/make-docx-fixtures.py
"""
import struct
import zipfile
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "e2e" / "fixtures"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def png(width, height):
    """A two-colour PNG: the district's red over a pale band, so a reader can see it is a photo."""
    rows = []
    for y in range(height):
        colour = b"\xb9\x1c\x1c" if y < height * 2 // 3 else b"\xf3\xe9\xd2"
        rows.append(b"\x00" + colour * width)
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def run(text, bold=False, italic=False):
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    return f'<w:r>{"<w:rPr>" + props + "</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(content, style=None):
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{content}</w:p>"


PICTURE = (
    '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
    '<wp:extent cx="5486400" cy="3657600"/><wp:docPr id="1" name="图片 1"/>'
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    '<pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr>'
    '<pic:blipFill><a:blip r:embed="rIdImage1"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
    '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5486400" cy="3657600"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
    "</wp:inline></w:drawing></w:r>"
)


def cell(text):
    return f'<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{para(run(text))}</w:tc>'


TABLE = (
    "<w:tbl><w:tblPr><w:tblW w:w=\"8000\" w:type=\"dxa\"/></w:tblPr>"
    "<w:tblGrid><w:gridCol w:w=\"4000\"/><w:gridCol w:w=\"4000\"/></w:tblGrid>"
    f"<w:tr>{cell('服务项目')}{cell('参与人数')}</w:tr>"
    f"<w:tr>{cell('义诊')}{cell('120')}</w:tr>"
    "</w:tbl>"
)

SAMPLE_BODY = "".join(
    [
        para(run("中原区开展社区志愿服务集中行动"), "Title"),
        para(run("——三十个社区同步开展便民服务"), "Subtitle"),
        para(run("\u3000\u3000本报讯 11月20日，中原区") + run("三十个社区", bold=True) + run("同步开展志愿服务集中行动，") + run("惠及居民两千余人", italic=True) + run("。")),
        para(run("活动亮点"), "Heading1"),
        para(run("\u3000\u3000活动现场，医护志愿者为居民测量血压、讲解健康知识。")),
        para(PICTURE),
        para(run("志愿者在林山寨社区为居民义诊。（李华彬 摄）"), "Caption"),
        TABLE,
        para(run("\u3000\u3000下一步，中原区将把志愿服务常态化开展。")),
        para(run("（记者 张明 通讯员 李华彬）")),
    ]
)


def document(body):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}" xmlns:r="{R}" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    )


def style(style_id, name):
    return f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/></w:style>'


STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<w:styles xmlns:w="{W}">'
    + style("Normal", "Normal")
    + style("Title", "Title")
    + style("Subtitle", "Subtitle")
    + style("Heading1", "heading 1")
    + style("Caption", "caption")
    + "</w:styles>"
)

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    "</Types>"
)

PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)

DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rIdImage1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>'
    "</Relationships>"
)


def write(name, body, with_image):
    # A fixed timestamp: the same script writes the same bytes.
    def add(archive, path, data):
        info = zipfile.ZipInfo(path, date_time=(2026, 11, 26, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, data)

    with zipfile.ZipFile(OUT / name, "w") as archive:
        add(archive, "[Content_Types].xml", CONTENT_TYPES)
        add(archive, "_rels/.rels", PACKAGE_RELS)
        add(archive, "word/document.xml", document(body))
        add(archive, "word/styles.xml", STYLES)
        add(archive, "word/_rels/document.xml.rels", DOCUMENT_RELS)
        if with_image:
            add(archive, "word/media/image1.png", png(1200, 800))


write("sample.docx", SAMPLE_BODY, True)
write("empty.docx", para(""), False)
print("wrote", OUT / "sample.docx", "and", OUT / "empty.docx")
