using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace FinalAccounts.Fuzz.Tests;

/// <summary>The seed inputs: the seed JSON in the repository, the real PDF beside it (../shared/reports/), a generated XLSX.</summary>
internal static class Inputs
{
    public const string PdfName = "shanghai-putuo-czj-2024-final-accounts.pdf";

    public static string SeedJson => File.ReadAllText(FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json"));

    public static string PdfPath => Path.Combine(FinalAccounts.Testing.Shared.Folder, "reports", PdfName);

    /// <summary>
    /// A small 收入支出决算总表 as an XLSX workbook written part by part (inline strings, numbers with a 2-decimal format), so
    /// the mutations do not depend on the XLSX library the importer uses.
    /// </summary>
    public static byte[] Workbook(string[][] rows)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var w = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                w.Write(xml);
            }
            Part("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>");
            Part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Part("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"收入支出决算总表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Part("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
            Part("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.00\"/></numFmts><fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
                + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"2\"><xf/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
            var sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (var r = 0; r < rows.Length; r++)
            {
                sheet.Append("<row r=\"").Append(r + 1).Append("\">");
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = (char)('A' + c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                    var value = rows[r][c];
                    if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _) && !value.Contains(','))
                        sheet.Append("<c r=\"").Append(reference).Append("\" s=\"1\"><v>").Append(value).Append("</v></c>");
                    else
                        sheet.Append("<c r=\"").Append(reference).Append("\" t=\"inlineStr\"><is><t>").Append(SecurityElement.Escape(value)).Append("</t></is></c>");
                }
                sheet.Append("</row>");
            }
            sheet.Append("</sheetData></worksheet>");
            Part("xl/worksheets/sheet1.xml", sheet.ToString());
        }
        return buffer.ToArray();
    }

    /// <summary>The 收入支出决算总表 of the seed report's figures, as a generated table would print it.</summary>
    public static string[][] SummaryRows() => new[]
    {
        new[] { "收入支出决算总表" },
        new[] { "部门：测试局", "", "", "单位：万元" },
        new[] { "收入", "", "支出", "" },
        new[] { "项目", "决算数", "项目", "决算数" },
        new[] { "一、一般公共预算财政拨款收入", "2931.85", "一、一般公共服务支出", "0.00" },
        new[] { "二、政府性基金预算财政拨款收入", "0.00", "二、社会保障和就业支出", "2931.85" },
        new[] { "八、其他收入", "2.04", "三、卫生健康支出", "2.87" },
        new[] { "本年收入合计", "2933.89", "本年支出合计", "2934.72" },
        new[] { "年初结转和结余", "2.85", "年末结转和结余", "2.02" },
        new[] { "总计", "2936.74", "总计", "2936.74" },
    };
}
