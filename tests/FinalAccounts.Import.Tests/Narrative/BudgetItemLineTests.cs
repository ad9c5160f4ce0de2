using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Import.Narrative;
using FinalAccounts.Import.Tests.Layouts;
using FinalAccounts.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Import.Tests.Narrative;

/// <summary>
/// A 预算's 财政拨款支出主要内容: each 项 line with its 预算, and where printed last year's executed budget (2023年当年预算执行数)
/// and the change against it (比2023年预算执行数增加…% / 减少…万元 / 持平), as 万里街道's 2024 and 2025 预算 print them.
/// </summary>
public sealed class BudgetItemLineTests
{
    private static readonly string[] s_paths =
    {
        "一般公共服务支出（类）统计信息事务（款）专项普查活动（项）",
        "公共安全支出（类）司法（款）公共法律服务（项）",
        "住房保障支出（类）住房改革支出（款）住房公积金（项）",
        "科学技术支出（类）科学技术普及（款）科普活动（项）",
    };

    [Fact]
    public void A_line_with_last_years_execution_gives_budget_base_and_rate()
    {
        // 万里 2024's first line: (25.77 − 60.13) ÷ 60.13 = −57.143% → 下降 57.14 (read as −57.14).
        var figures = Read(
            "1.“一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”25.77万元，主要用于专项普查活动。2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%。主要原因是：项目调整。");
        Assert.Equal(new[]
        {
            "B.1.1 | 财政拨款支出 | 上年执行数 | 60.13 万元",
            "B.1.1 | 财政拨款支出 | 较上年执行数增减率 | -57.14 %",
            "B.1.1 | 财政拨款支出 | 预算 | 25.77 万元",
        }, figures);
    }

    [Fact]
    public void A_line_printed_level_or_without_execution_gives_what_it_prints()
    {
        var figures = Read(
            "10.“科学技术支出（类）科学技术普及（款）科普活动（项）”10.00万元，主要用于科普活动。2023年当年预算执行数为10.00万元，2024年预算安排10.00万元，比2023年预算执行数持平。主要原因是：科普活动经费保持不变。",
            "7.“公共安全支出（类）司法（款）公共法律服务（项）”科目30.00万元，主要用于公共法律服务。");
        Assert.Equal(new[]
        {
            "B.1.10 | 财政拨款支出 | 上年执行数 | 10.00 万元",
            "B.1.10 | 财政拨款支出 | 预算 | 10.00 万元",
            "B.1.7 | 财政拨款支出 | 预算 | 30.00 万元",
        }, figures);
    }

    [Fact]
    public void Another_years_execution_or_an_unknown_item_is_not_read()
    {
        var figures = Read(
            "1.“一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”25.77万元，主要用于专项普查活动。2022年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2022年预算执行数减少57.14%。",
            "2.“卫生健康支出（类）卫生健康支出（款）计划生育事务（项）”25.77万元，主要用于计划生育。");
        Assert.Empty(figures);
    }

    [Fact]
    public void A_rate_on_a_zero_execution_is_undefined_and_the_second_printing_is_compared()
    {
        // 万里 2024's line 9 (0.00 → 25.00 "增加100.00%") and line 31 (head 350.35, 预算安排 352.67, 增加0.53%: 0.53 follows
        // from 350.35 — (350.35 − 348.52) ÷ 348.52 = 0.525% — while 352.67 would give 1.19%).
        var report = Report(
            "9.“教育支出（类）其他教育支出（款）其他教育支出（项）”25.00万元，主要用于其他教育支出。2023年当年预算执行数为0.00万元，2024年预算安排25.00万元，比2023年预算执行数增加100.00%。",
            "31.“住房保障支出（类）住房改革支出（款）住房公积金（项）”350.35万元，主要用于住房公积金。2023年当年预算执行数为348.52万元，2024年预算安排352.67万元，比2023年预算执行数增加0.53%。");
        var findings = ReportChecker.Check(report).Findings.Where(f => f.Severity >= Severity.Warning).Select(f => f.RuleId + " " + f.Location.StatementId + " " + f.Stated.Value).OrderBy(x => x, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "FA1027 B.1.9 100.00", "FA1030 B.1.31 352.67" }, findings);
    }

    [Fact]
    public void A_rate_printed_as_not_comparable_is_no_rate_and_no_accusation()
    {
        // "--（基数为0，不可比）": the base is 0 and the report says so instead of printing 100%; nothing is undefined, nothing accused.
        var report = Report(
            "9.“教育支出（类）其他教育支出（款）其他教育支出（项）”25.00万元，主要用于其他教育支出。2023年当年预算执行数为0.00万元，2024年预算安排25.00万元，比2023年预算执行数增长--（基数为0，不可比）。");
        Assert.Equal(new[] { "B.1.9 | 财政拨款支出 | 上年执行数 | 0.00 万元", "B.1.9 | 财政拨款支出 | 预算 | 25.00 万元" }, Figures(report));
        Assert.Empty(ReportChecker.Check(report).Findings);
    }

    /// <summary>
    /// Law: a 项 line printed with correctly rounded figures — a rate rounded half up to 2 decimals, a change in 万元, 持平 when
    /// the two are equal, or no execution at all; with or without 科目 — reads back exactly the figures it prints and never
    /// gives a finding (FA1205, FA1206 and FA1027 included).
    /// </summary>
    [Property(MaxTest = 100)]
    public Property A_correctly_printed_item_line_reads_back_and_is_consistent()
        => Prop.ForAll(Lines().ToArbitrary(), lines =>
        {
            var notes = new List<ImportNote>();
            var report = Report(notes, lines.Select(l => l.Text).ToArray());
            var read = Figures(report);
            // A rate of 10^6 % or more (0.01 → 99,999.99 万元) is beyond the format's limits: left out with FA4008, not read.
            var all = lines.SelectMany(l => l.Expected).ToArray();
            var expected = all.Where(e => !BeyondLimits(e)).OrderBy(x => x, System.StringComparer.Ordinal).ToArray();
            var beyond = all.Count(BeyondLimits);
            var findings = ReportChecker.Check(report).Findings.Select(f => f.ToString()).ToList();
            return (read.SequenceEqual(expected) && findings.Count == 0 && notes.Count(n => n.Id == ImportNotes.ValueBeyondLimits) == beyond)
                .Label("read " + string.Join("; ", read) + " / expected " + string.Join("; ", expected) + " / " + string.Join("; ", findings)
                    + " / notes " + string.Join("; ", notes));
        });

    // "B.1.1 | 财政拨款支出 | 较上年执行数增减率 | 1234567.89 %": 7 digits before the point.
    private static bool BeyondLimits(string expected)
        => expected.EndsWith(" %", System.StringComparison.Ordinal)
            && System.Math.Abs(decimal.Parse(expected.Substring(expected.LastIndexOf('|') + 1).TrimEnd('%', ' '), CultureInfo.InvariantCulture)) >= 1_000_000m;

    [Fact]
    public void A_rate_beyond_the_formats_limits_is_left_out_with_a_note_not_refused()
    {
        // (25,000.00 − 0.01) ÷ 0.01 = 2,499,999 → 增加249999900.00%: nine digits before the point, beyond 10^6 %.
        var notes = new List<ImportNote>();
        var report = Report(notes,
            "1.“一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”25000.00万元，主要用于专项普查活动。2023年当年预算执行数为0.01万元，2024年预算安排25000.00万元，比2023年预算执行数增加249999900.00%。");
        Assert.Equal(new[] { "B.1.1 | 财政拨款支出 | 上年执行数 | 0.01 万元", "B.1.1 | 财政拨款支出 | 预算 | 25000.00 万元" }, Figures(report));
        var note = Assert.Single(notes, n => n.Id == ImportNotes.ValueBeyondLimits);
        Assert.Contains("249999900.00%", note.Message);
        Assert.StartsWith("B.1.1", note.Where);
    }

    /// <summary>
    /// Law: a line whose words claim no change — 比/与/较 2023年预算执行数 (相比) 持平 / 无变化 / 无增减 — while its 预算 and
    /// execution differ beyond rounding (by 0.02 万元 or more) is flagged by FA1207 at that line, and only there; the same
    /// words over equal figures never are.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property A_level_claim_over_different_figures_is_flagged_at_its_line()
        => Prop.ForAll(LevelClaims().ToArbitrary(), c =>
        {
            var line = "1.“" + s_paths[0] + "”" + c.Budget + "万元，主要用于日常工作。2023年当年预算执行数为" + c.Previous + "万元，2024年预算安排"
                + c.Budget + "万元，" + c.Words + "。";
            var findings = ReportChecker.Check(Report(line)).Findings.Where(f => f.Severity >= Severity.Warning).Select(f => f.RuleId + " " + f.Location.StatementId).ToList();
            var expected = c.Budget == c.Previous ? new string[0] : new[] { "FA1207 B.1.1" };
            return findings.SequenceEqual(expected).Label(line + " → " + string.Join("; ", findings));
        });

    private static Gen<(string Budget, string Previous, string Words)> LevelClaims()
        => from budgetCents in Gen.Choose(0, 9_999_999)
           from gap in Gen.Elements(0, 2, 7, 100, -2, -55)
           from lead in Gen.Elements("比", "与", "较")
           from compared in Gen.Elements(string.Empty, "相比", "相比，")
           from word in Gen.Elements("持平", "无变化", "无增减")
           let previous = System.Math.Max(0, budgetCents + gap)
           select (Money(budgetCents / 100m), Money(previous / 100m), lead + "2023年预算执行数" + compared + word);

    private static Gen<(string Text, string[] Expected)[]> Lines()
        => from count in Gen.Choose(1, 4)
           from items in Gen.ArrayOf(Line(), count)
           select items.Select((it, i) => (it.Text(i + 1), it.Expected.Select(e => "B.1." + (i + 1) + " | 财政拨款支出 | " + e).ToArray())).ToArray();

    // One line per 项 (two lines of one 项 with different figures would be FA1030's).
    private static Gen<(System.Func<int, string> Text, string[] Expected)> Line()
        => from kind in Gen.Choose(0, 3)
           from budgetCents in Gen.Choose(0, 9_999_999)
           from previousCents in Gen.Choose(1, 9_999_999)
           from subject in Gen.Elements(string.Empty, "科目")
           select Item(kind, budgetCents, kind == 3 ? budgetCents == 0 ? 1 : budgetCents : previousCents, subject);

    private static (System.Func<int, string>, string[]) Item(int kind, int budgetCents, int previousCents, string subject)
    {
        decimal budget = budgetCents / 100m, previous = previousCents / 100m;
        string b = Money(budget), p = Money(previous);
        string Head(int n) => n + ".“" + s_paths[n - 1] + "”" + subject + b + "万元，主要用于日常工作。";
        if (kind == 2) return (Head, new[] { "预算 | " + b + " 万元" });
        var execution = "2023年当年预算执行数为" + p + "万元，2024年预算安排" + b + "万元，比2023年预算执行数";
        var expected = new List<string> { "预算 | " + b + " 万元", "上年执行数 | " + p + " 万元" };
        string change;
        if (budget == previous) change = "持平";
        else if (kind == 1)
        {
            var d = budget - previous;
            change = (d < 0 ? "减少" : "增加") + Money(System.Math.Abs(d)) + "万元";
            expected.Add("较上年执行数增减 | " + (d < 0 ? "-" : string.Empty) + Money(System.Math.Abs(d)) + " 万元");
        }
        else
        {
            var rate = decimal.Round((budget - previous) / previous * 100m, 2, System.MidpointRounding.AwayFromZero);
            change = (rate < 0 ? "减少" : "增加") + Money(System.Math.Abs(rate)) + "%";
            expected.Add("较上年执行数增减率 | " + (rate < 0 ? "-" : string.Empty) + Money(System.Math.Abs(rate)) + " %");
        }
        return (n => Head(n) + execution + change + "。主要原因是：工作调整。", expected.ToArray());
    }

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string[] Read(params string[] paragraphs) => Figures(Report(paragraphs));

    private static string[] Figures(FinalAccounts.Reports.FinalAccountsReport report)
        => report.Statements.SelectMany(s => s.Figures.Select(f => s.Id + " | " + f.Key.Concept + " | " + f.Key.Basis + " | " + f.Value + " " + f.Unit))
            .OrderBy(x => x, System.StringComparer.Ordinal).ToArray();

    /// <summary>The paragraphs under a 2024年部门预算编制说明 heading, 30 characters a line (a number never broken), read as a 预算.</summary>
    private static FinalAccounts.Reports.FinalAccountsReport Report(params string[] paragraphs) => Report(new List<ImportNote>(), paragraphs);

    private static FinalAccounts.Reports.FinalAccountsReport Report(List<ImportNote> notes, params string[] paragraphs)
    {
        var layout = new HandLayout("测试街道2024年部门预算").Line(100, (80, "2024年部门预算编制说明"));
        GeneratedNarrative.LayOut(layout, paragraphs, 30);
        var statements = BudgetNarrativeReader.Read(layout.Document(), 2024, notes);
        return DraftReport.Build(new HeaderDraft { Title = "测试街道2024年部门预算", Year = 2024, UnitName = "测试街道", Kind = "预算" }, new List<Tables.TableDraft>(), statements, notes);
    }
}
