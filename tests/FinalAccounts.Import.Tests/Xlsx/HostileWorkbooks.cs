using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using FinalAccounts.Classification;
using FinalAccounts.Import.Tests.RoundTrip;

namespace FinalAccounts.Import.Tests.Xlsx;

/// <summary>
/// A small report (支出决算表 with a 类, 款 and 项 row, on the workbook's second sheet "表3", part
/// xl/worksheets/sheet2.xml) rendered by <see cref="XlsxRenderer"/>, and the same workbook with what real or hostile
/// files carry added part by part.
/// </summary>
internal static class HostileWorkbooks
{
    public const string Sheet = "xl/worksheets/sheet2.xml";

    private const string Rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string DrawingNs = "xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /// <summary>A 1×1 PNG (a logo stands for any picture: the reader must not open it).</summary>
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    public static GeneratedReport Report()
    {
        var columns = new[] { "本年支出合计", "基本支出", "项目支出" }.Select(c => new GeneratedColumn(c, c)).ToArray();
        var item = FunctionCode.Parse("2010601");
        var rows = new[]
        {
            (item.Parent!.Value.Parent!.Value, new string?[] { "2,936.74", "2,000.00", "936.74" }),
            (item.Parent!.Value, new string?[] { "2,936.74", "2,000.00", "936.74" }),
            (item, new string?[] { "2,936.74", "2,000.00", "936.74" }),
        };
        return new GeneratedReport(new[] { new GeneratedTable("表3", "支出决算表", columns, new string?[] { "2,936.74", "2,000.00", "936.74" }, rows, false) });
    }

    public static WorkbookParts Parts() => WorkbookParts.Of(XlsxRenderer.Render(Report()));

    /// <summary>A logo in the table sheet's top-left corner, as exports from final-accounts software carry.</summary>
    public static byte[] WithPicture()
        => WithDrawing(
            "<xdr:twoCellAnchor editAs=\"oneCell\">" + Anchor() + "<xdr:pic><xdr:nvPicPr><xdr:cNvPr id=\"2\" name=\"Logo\"/><xdr:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed=\"rIdImg\"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"952500\" cy=\"190500\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor>",
            parts => parts
                .Set("xl/media/image1.png", Convert.FromBase64String(Png))
                .Replace("[Content_Types].xml", "</Types>", "<Default Extension=\"png\" ContentType=\"image/png\"/></Types>")
                .Relate("xl/drawings/drawing1.xml", "rIdImg", Rels + "image", "../media/image1.png"));

    /// <summary>A bar chart of the 合计 row beside the table.</summary>
    public static byte[] WithChart()
        => WithDrawing(
            "<xdr:twoCellAnchor>" + Anchor() + "<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"3\" name=\"Chart 1\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"rIdChart\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>",
            parts => parts
                .Set("xl/charts/chart1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/><c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:val><c:numRef><c:f>'表3'!$E$6:$G$6</c:f></c:numRef></c:val></c:ser><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart><c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:crossAx val=\"2\"/></c:catAx><c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:crossAx val=\"1\"/></c:valAx></c:plotArea></c:chart></c:chartSpace>")
                .ContentType("xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")
                .Relate("xl/drawings/drawing1.xml", "rIdChart", Rels + "chart", "../charts/chart1.xml"));

    /// <summary>
    /// A hidden third sheet with an older copy of the table (every amount 1.00 higher): Excel does not show it, so the
    /// import must not read it either.
    /// </summary>
    public static byte[] WithHiddenSheet()
    {
        var parts = Parts();
        var copy = parts.Text(Sheet).Replace(">2936.74<", ">2937.74<").Replace(">2000<", ">2001<").Replace(">936.74<", ">937.74<");
        return parts
            .Set("xl/worksheets/sheet3.xml", copy)
            .ContentType("xl/worksheets/sheet3.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")
            .Relate("xl/workbook.xml", "rIdHidden", Rels + "worksheet", "worksheets/sheet3.xml")
            .Replace("xl/workbook.xml", "</x:sheets>", "<x:sheet name=\"旧表3\" sheetId=\"9\" state=\"hidden\" r:id=\"rIdHidden\" /></x:sheets>")
            .Build();
    }

    /// <summary>The cover sheet's text merged over the whole grid (A1:XFD1048576), and the table's title over 16,384 columns.</summary>
    public static byte[] WithHugeMerges()
        => Parts()
            .Replace("xl/worksheets/sheet1.xml", "</x:sheetData>", "</x:sheetData><x:mergeCells count=\"1\"><x:mergeCell ref=\"A1:XFD1048576\" /></x:mergeCells>")
            .Replace(Sheet, "<x:mergeCell ref=\"A1:G1\" />", "<x:mergeCell ref=\"A1:XFD1\" /><x:mergeCell ref=\"A10:XFD1048576\" />")
            .Build();

    /// <summary>The table's 基本支出 of the 项 row formatted with seven decimals (0.0000000): 2000.0000000.</summary>
    public static byte[] WithSevenDecimals()
        => Parts()
            .Replace("xl/styles.xml", "</x:numFmts>", "<x:numFmt numFmtId=\"170\" formatCode=\"0.0000000\" /></x:numFmts>")
            .Replace("xl/styles.xml", "</x:cellXfs>", "<x:xf numFmtId=\"170\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" /></x:cellXfs>")
            .Replace(Sheet, "<x:c r=\"F9\" s=\"1\" t=\"n\">", "<x:c r=\"F9\" s=\"3\" t=\"n\">")
            .Build();

    /// <summary>The table's 基本支出 of the 项 row as text with seven decimals: "2,000.1234567".</summary>
    public static byte[] WithSevenDecimalText()
        => Parts().Replace(Sheet, "<x:c r=\"F9\" s=\"1\" t=\"n\"><x:v>2000</x:v></x:c>", "<x:c r=\"F9\" t=\"inlineStr\"><x:is><x:t>2,000.1234567</x:t></x:is></x:c>").Build();

    /// <summary>30,000 nested unknown elements inside a cell of the table sheet.</summary>
    public static byte[] WithDeepNesting(int depth = 30_000)
    {
        var nest = new StringBuilder();
        for (var i = 0; i < depth; i++) nest.Append("<u>");
        for (var i = 0; i < depth; i++) nest.Append("</u>");
        return Parts().Replace(Sheet, "</x:sheetData>", "<x:row r=\"10\"><x:c r=\"A10\">" + nest + "</x:c></x:row></x:sheetData>").Build();
    }

    /// <summary>The table followed by <paramref name="rows"/> more rows, each a name and an amount under 本年支出合计.</summary>
    public static byte[] WithExtraRows(int rows)
    {
        var extra = new StringBuilder();
        for (var r = 10; r < 10 + rows; r++) extra.Append("<x:row r=\"").Append(r).Append("\"><x:c r=\"D").Append(r).Append("\" t=\"inlineStr\"><x:is><x:t>其他事项").Append(r).Append("</x:t></x:is></x:c><x:c r=\"H").Append(r).Append("\" s=\"1\"><x:v>").Append(r).Append(".5</x:v></x:c></x:row>");
        return Parts().Replace(Sheet, "</x:sheetData>", extra + "</x:sheetData>").Build();
    }

    /// <summary><paramref name="rows"/> rows of <paramref name="columns"/> amounts each after the table.</summary>
    public static byte[] WithWideRows(int rows, int columns)
    {
        var extra = new StringBuilder();
        for (var r = 10; r < 10 + rows; r++)
        {
            extra.Append("<x:row r=\"").Append(r).Append("\">");
            for (var c = 1; c <= columns; c++) extra.Append("<x:c><x:v>").Append(c).Append("</x:v></x:c>");
            extra.Append("</x:row>");
        }
        return Parts().Replace(Sheet, "</x:sheetData>", extra + "</x:sheetData>").Build();
    }

    /// <summary>
    /// The <paramref name="part"/> (the table sheet unless named) replaced by one that inflates to
    /// <paramref name="bytes"/> bytes (an element of blanks, which deflate squeezes about a thousandfold), its sizes
    /// declared honestly in the zip.
    /// </summary>
    public static byte[] Bomb(long bytes, string part = Sheet)
    {
        var parts = Parts();
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in parts.Names.Where(n => n != part))
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                s.Write(Encoding.UTF8.GetBytes(parts.Text(name)));
            }
            using var sheet = zip.CreateEntry(part, CompressionLevel.Optimal).Open();
            var head = Encoding.UTF8.GetBytes("<x xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            var tail = Encoding.UTF8.GetBytes("</x>");
            sheet.Write(head);
            var blanks = new byte[1 << 20];
            Array.Fill(blanks, (byte)' ');
            for (var left = bytes - head.Length - tail.Length; left > 0; left -= blanks.Length) sheet.Write(blanks, 0, (int)Math.Min(left, blanks.Length));
            sheet.Write(tail);
        }
        return output.ToArray();
    }

    /// <summary>
    /// <see cref="Bomb"/> with the table sheet's uncompressed size understated as 1,000 bytes in the local header and the
    /// central directory: a reader that trusts the declared size alone would inflate it all.
    /// </summary>
    public static byte[] LyingBomb(long bytes)
    {
        var zip = Bomb(bytes);
        var name = Encoding.UTF8.GetBytes(Sheet);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            // Local file header (PK\3\4): uncompressed size at 22, name length at 26, name at 30.
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4 && NameAt(zip, i + 30, name) && BitConverter.ToUInt16(zip, i + 26) == name.Length)
            {
                BitConverter.GetBytes(1000u).CopyTo(zip, i + 22);
            }
            // Central directory header (PK\1\2): uncompressed size at 24, name length at 28, name at 46.
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2 && NameAt(zip, i + 46, name) && BitConverter.ToUInt16(zip, i + 28) == name.Length)
            {
                BitConverter.GetBytes(1000u).CopyTo(zip, i + 24);
            }
        }
        return zip;
    }

    private static bool NameAt(byte[] zip, int at, byte[] name) => at + name.Length <= zip.Length && zip.AsSpan(at, name.Length).SequenceEqual(name);

    private static string Anchor()
        => "<xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>";

    private static byte[] WithDrawing(string anchor, Func<WorkbookParts, WorkbookParts> more)
    {
        var parts = Parts()
            .Set("xl/drawings/drawing1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><xdr:wsDr " + DrawingNs + ">" + anchor + "</xdr:wsDr>")
            .ContentType("xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml")
            .Relate(Sheet, "rIdDrawing", Rels + "drawing", "../drawings/drawing1.xml")
            .Replace(Sheet, "<x:tableParts", "<x:drawing r:id=\"rIdDrawing\" /><x:tableParts");
        return more(parts).Build();
    }
}
