using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using UglyToad.PdfPig.Core;

namespace FinalAccounts.Import.Tests.RoundTrip;

/// <summary>
/// 收入支出决算总表 generated as the two halves side by side: the 收入 rows left, the 支出 rows (类 with ordinals) right,
/// labels too long for their column wrapped onto the next line, blank cells, an optional footnote; and the cells the
/// import must give back ("row | column = value", the row as printed with its wrapped part joined).
/// </summary>
internal sealed class GeneratedSummaryTable
{
    private static readonly string[] s_income = { "一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入", "四、上级补助收入", "五、事业收入", "六、经营收入", "七、附属单位上缴收入", "八、其他收入" };
    private static readonly string[] s_spending = { "一、一般公共服务支出", "二、外交支出", "三、国防支出", "四、公共安全支出", "五、教育支出", "六、科学技术支出", "七、文化旅游体育与传媒支出", "八、社会保障和就业支出", "九、卫生健康支出", "十、节能环保支出", "十一、城乡社区支出", "十九、住房保障支出", "二十二、灾害防治及应急管理支出" };

    private GeneratedSummaryTable(List<(string Label, string? Value)> left, List<(string Label, string? Value)> right, int wrapAt, bool footnote)
    {
        Left = left;
        Right = right;
        WrapAt = wrapAt;
        Footnote = footnote;
    }

    public List<(string Label, string? Value)> Left { get; }

    public List<(string Label, string? Value)> Right { get; }

    /// <summary>Labels longer than this many characters continue on the next line.</summary>
    public int WrapAt { get; }

    public bool Footnote { get; }

    public string[] ExpectedCells()
        => Left.Where(r => r.Value != null).Select(r => r.Label + " | 收入 决算数 = " + r.Value)
            .Concat(Right.Where(r => r.Value != null).Select(r => r.Label + " | 支出 决算数 = " + r.Value))
            .OrderBy(c => c, System.StringComparer.Ordinal).ToArray();

    public static string[] Cells(ImportResult result)
        => result.Report.Tables.Where(t => t.Id == "表1").SelectMany(t => t.Cells).Select(c => c.Location.Row + " | " + c.Location.Column + " = " + c.Value)
            .OrderBy(c => c, System.StringComparer.Ordinal).ToArray();

    public static Gen<GeneratedSummaryTable> Generate()
        => from income in FsCheck.Fluent.Gen.CollectToList(s_income.Select(_ => Value()))
           from spending in FsCheck.Fluent.Gen.SubListOf(s_spending).Where(l => l.Count > 0)
           from spent in FsCheck.Fluent.Gen.CollectToList(spending.Select(_ => Value()))
           from totals in FsCheck.Fluent.Gen.ArrayOf(Value(), 6)
           from wrapAt in FsCheck.Fluent.Gen.Elements(30, 12)
           from footnote in FsCheck.Fluent.Gen.Elements(false, true)
           select new GeneratedSummaryTable(
               s_income.Zip(income, (l, v) => (l, (string?)v)).Concat(new (string, string?)[] { ("本年收入合计", totals[0]), ("年初结转和结余", totals[1]), ("总计", totals[2]) }).ToList(),
               spending.Zip(spent, (l, v) => (l, (string?)v)).Concat(new (string, string?)[] { ("本年支出合计", totals[3]), ("年末结转和结余", totals[4]), ("总计", totals[5]) }).ToList(),
               wrapAt, footnote);

    private static Gen<string?> Value()
        => FsCheck.Fluent.Gen.Frequency(
            (1, FsCheck.Fluent.Gen.Constant<string?>(null)),
            (2, FsCheck.Fluent.Gen.Choose(0, 9_999_999).Select(i => (string?)(i / 100m).ToString("#,##0.00", CultureInfo.InvariantCulture))));

    public byte[] Render()
    {
        var pdf = new GeneratedPdf(595, 842, 200, 600);
        var font = pdf.Font;
        var digits = pdf.Digits;
        var page = pdf.NewPage();
        page.AddText("收入支出决算总表", 14, new PdfPoint(240, 800), font);
        page.AddText("单位：万元", 9, new PdfPoint(500, 780), font);
        page.AddText("收入", 9, new PdfPoint(120, 760), font);
        page.AddText("支出", 9, new PdfPoint(400, 760), font);
        page.AddText("项目", 9, new PdfPoint(120, 745), font);
        page.AddText("决算数", 9, new PdfPoint(240, 745), font);
        page.AddText("项目", 9, new PdfPoint(400, 745), font);
        page.AddText("决算数", 9, new PdfPoint(520, 745), font);
        var y = 725.0;
        var rows = System.Math.Max(Left.Count, Right.Count);
        for (var i = 0; i < rows; i++)
        {
            var wrapped = false;
            foreach (var (side, x, valueX) in new[] { (Left, 30.0, 240.0), (Right, 300.0, 520.0) })
            {
                // The totals close both halves on the same lines, as the standard table prints them.
                var k = i - (rows - side.Count);
                var at = side.Count - 3 <= k ? k : (i < side.Count - 3 ? i : -1);
                if (at < 0 || at >= side.Count) continue;
                var (label, value) = side[at];
                var first = label.Length > WrapAt ? label.Substring(0, WrapAt) : label;
                page.AddText(first, 8, new PdfPoint(x, y), font);
                if (label.Length > WrapAt)
                {
                    page.AddText(label.Substring(WrapAt), 8, new PdfPoint(x, y - 10), font);
                    wrapped = true;
                }
                if (value != null) page.AddText(value, 8, new PdfPoint(valueX, y), digits);
            }
            y -= wrapped ? 26 : 16;
        }
        if (Footnote) page.AddText("注：本表反映部门本年度的总收支和年末结转结余情况。", 9, new PdfPoint(30, y), font);
        return pdf.Build();
    }

    public override string ToString() => Left.Count + " 收入 rows, " + Right.Count + " 支出 rows, wrap at " + WrapAt + (Footnote ? ", footnote" : string.Empty);
}
