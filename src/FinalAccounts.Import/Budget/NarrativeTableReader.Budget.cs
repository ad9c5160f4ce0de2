using System.Collections.Generic;
using System.Linq;
using FinalAccounts.Import.Layout;

namespace FinalAccounts.Import.Narrative;

/// <summary>
/// A 预算's 其他相关情况说明 prints the 决算's kinds of tables with 预算 columns (项目 | 2025年预算数 | 2024年预算数 | 增减额
/// | 增减率, or turned, 本年预算 | 上年预算 over the items): the same readers read them through the 预算's dialect. Its
/// sections are found by their names (“三公”经费, 机关运行经费, 政府采购, 国有资产), not by number; its figures are on
/// basis 预算, a year before the report's is 上年预算 (or 上年执行数 for an 执行数 column), and 增减额 / 增减率 are against
/// whichever of 上年预算 and 上年执行数 the table prints — printed neither or both, those columns are left out with
/// FA4042. A 决算 word in a 预算's table (决算数, 年初预算, 完成率 …) leaves the whole table out with FA4041: which year's and
/// which kind of figure it is cannot be told. 国有资产 counts are read from the 预算安排购置 column (basis 预算); the stock
/// 截至…8月31日 has no basis in the format (年末 is a 决算's year end) and is left out with FA4042.
/// </summary>
internal static partial class NarrativeTableReader
{
    /// <summary>The tables of a 预算's 其他相关情况说明 between lines <paramref name="start"/> and <paramref name="end"/>, in a report of <paramref name="year"/>.</summary>
    public static List<StatementDraft> ReadBudget(IReadOnlyList<LayoutLine> lines, int start, int end, int year, List<ImportNote> notes, HashSet<LayoutLine> consumed)
        => Read(lines, start, end, notes, consumed, BudgetWords.Dialect, year);

    /// <summary>A 预算's words (a nested class: its fields initialise after the row tables they use).</summary>
    private static class BudgetWords
    {
        private const string Change = "较上年增减", ChangeRate = "较上年增减率";

        private static readonly Dictionary<string, (string? Basis, string? Unit)> s_columns = Words(
            ("预算", null, new[] { "预算数", "预算", "本年预算", "本年预算数", "当年预算", "当年预算数", "预算金额", "预算安排", "预算安排数", "预算额", "金额", "本年数" }),
            ("上年预算", null, new[] { "上年预算", "上年预算数", "上年数" }),
            ("上年执行数", null, new[] { "上年执行数", "上年预算执行数", "执行数", "预算执行数" }),
            (Change, null, new[] { "增减额", "增减", "比上年增减", "较上年增减", "增减金额", "增减数" }),
            (ChangeRate, "%", new[] { "增减率", "增减幅度", "增减率（%）", "增减幅度（%）", "增长率", "增减%", "增幅" }),
            ("较上年预算增减", null, new[] { "比上年预算增减", "较上年预算增减" }),
            ("较上年预算增减率", "%", new[] { "比上年预算增减率", "较上年预算增减率" }),
            ("较上年执行数增减", null, new[] { "比上年执行数增减", "较上年执行数增减" }),
            ("较上年执行数增减率", "%", new[] { "比上年执行数增减率", "较上年执行数增减率" }),
            ("预算", Sme, new[] { "面向中小企业预留", "其中：面向中小企业预留", "面向中小企业预留金额", "其中：面向中小企业预留金额", "面向中小企业预留项目预算金额", "预留中小企业金额", "中小企业预留金额" }),
            ("预算", Count, new[] { "预算安排购置数", "预算安排购置", "拟购置数", "计划购置数", "购置数", "本年购置数", "预算购置数", "安排购置数" }),
            (NoBasis, Count, new[] { "数量", "实有数", "现有数", "实有数量", "现有数量", "年末数", "年末数量", "期末数", "保有量" }),
            (Ambiguous, null, new[] { "年初预算", "年初预算数", "全年预算", "全年预算数", "调整预算数", "决算数", "本年决算", "本年决算数", "支出决算", "支出决算数", "上年决算", "上年决算数", "采购金额", "合同金额", "授予中小企业合同金额", "其中：授予中小企业合同金额", "授予中小企业金额" }),
            (Ambiguous, "%", new[] { "完成率", "完成预算率", "完成率（%）" }),
            (null, null, new[] { "占比", "占比（%）", "备注" }));

        /// <summary>The 政府采购 row a 面向中小企业预留 amount stands on → its concept (the sentence's); no kind has its own.</summary>
        private static readonly Dictionary<string, string> s_sme = new(System.StringComparer.Ordinal) { ["政府采购支出"] = "面向中小企业预留项目预算金额" };

        public static readonly Dialect Dialect = new(s_columns, Dated, Settle, TopicOf, ImportNotes.BudgetTableNotRead,
            "the 其他相关情况说明's “三公”经费, 机关运行经费, 政府采购 and 国有资产 sections");

        private static Dictionary<string, (string? Basis, string? Unit)> Words(params (string? Basis, string? Unit, string[] Labels)[] words)
            => words.SelectMany(w => w.Labels.Select(l => (l, (w.Basis, w.Unit)))).ToDictionary(x => x.l, x => x.Item2, System.StringComparer.Ordinal);

        /// <summary>The report's year states its 预算 (and changes); the year before its 预算 as 上年预算, its 执行数 as 上年执行数.</summary>
        private static string? Dated(int offset, string basis) => (offset, basis) switch
        {
            (0, "上年预算" or "上年执行数") => null,
            (0, _) => basis,
            (-1, "预算") => "上年预算",
            (-1, "上年执行数") => "上年执行数",
            _ => null,
        };

        /// <summary>增减额 / 增减率 against the one base the table prints; printed neither or both, not sure (the columns are left out).</summary>
        private static IReadOnlyList<string>? Settle(IReadOnlyList<string> bases)
        {
            var previous = bases.Contains("上年预算");
            var executed = bases.Contains("上年执行数");
            var (change, rate) = previous == executed ? (NoBasis, NoBasis)
                : executed ? ("较上年执行数增减", "较上年执行数增减率") : ("较上年预算增减", "较上年预算增减率");
            return bases.Select(b => b == Change ? change : b == ChangeRate ? rate : b).ToList();
        }

        private static Topic? TopicOf(string number, string section, string sub, bool counts)
        {
            if (counts) return section.Contains("国有资产") ? new Topic("B.2", section, sub, null, s_assetRows, s_assetUnits) : null;
            if (section.Contains("三公")) return new Topic("B.2", section, sub, "财政拨款", s_threePublicRows);
            if (section.Contains("机关运行经费")) return new Topic("B.2", section, sub, "财政拨款", s_runningCostRows);
            return section.Contains("政府采购") ? new Topic("B.2", section, sub, null, s_procurementRows, Sme: s_sme) : null;
        }
    }
}
