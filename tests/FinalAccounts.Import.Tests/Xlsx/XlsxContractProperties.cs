using System;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FinalAccounts.Import.Tests.Xlsx;

/// <summary>
/// The reader's contract (README, "Importing published reports"): whatever the bytes, an import returns a result or
/// throws <see cref="ImportException"/> with a one-line message. Mutations of the zip's bytes and of each XML part's
/// text of a generated workbook; the fuzz project runs the same contract at scale.
/// </summary>
public sealed class XlsxContractProperties
{
    private static readonly byte[] s_workbook = HostileWorkbooks.Parts().Build();
    private static readonly string[] s_parts = { HostileWorkbooks.Sheet, "xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml" };
    private static readonly string[] s_insertions = { "<", ">", "</x:c>", "<x:c r=\"ZZZZ9\">", "<x:v>1e400</x:v>", "&amp;", "&bogus;", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "\uFFFF", "s=\"99\"", " t=\"s\"", "<x:v>-1</x:v>", "r=\"A0\"", "ref=\"A1:\"", "numFmtId=\"-3\"", "formatCode=\"[$-F800]dddd\"", "formatCode=\"0.00000000\"" };

    private static bool ImportsOrRefusesOnOneLine(byte[] xlsx)
    {
        try
        {
            using var stream = new MemoryStream(xlsx);
            ReportImporter.ImportXlsx(stream, "mutated.xlsx");
            return true;
        }
        catch (ImportException ex)
        {
            return ex.Message.IndexOfAny(new[] { '\n', '\r' }) < 0 && ex.Message.StartsWith("mutated.xlsx: ", StringComparison.Ordinal);
        }
    }

    [Property(MaxTest = 200)]
    public Property Any_byte_flip_of_the_zip_imports_or_refuses_on_one_line()
        => Prop.ForAll(Gen.Choose(0, s_workbook.Length - 1).Zip(Gen.Choose(1, 255)).ToArbitrary(), t =>
        {
            var bytes = (byte[])s_workbook.Clone();
            bytes[t.Item1] ^= (byte)t.Item2;
            return ImportsOrRefusesOnOneLine(bytes);
        });

    [Property(MaxTest = 300)]
    public Property Any_cut_or_insertion_in_a_part_imports_or_refuses_on_one_line()
        => Prop.ForAll(Gen.Elements(s_parts).Zip(Gen.Choose(0, 100_000)).Zip(Gen.Elements(s_insertions.Append(string.Empty).ToArray())).ToArbitrary(), t =>
        {
            var ((part, at), insertion) = t;
            var parts = WorkbookParts.Of(s_workbook);
            var text = parts.Text(part);
            var i = at % (text.Length + 1);
            // An empty insertion cuts the part there; any other is inserted.
            var mutated = insertion.Length == 0 ? text.Substring(0, i) : text.Substring(0, i) + insertion + text.Substring(i);
            return ImportsOrRefusesOnOneLine(parts.Set(part, Encoding.UTF8.GetBytes(mutated)).Build());
        });
}
