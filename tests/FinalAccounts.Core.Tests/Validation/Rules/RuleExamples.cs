using System;
using System.Collections.Generic;
using System.Linq;
using static FinalAccounts.Core.Tests.Validation.Rules.TestReport;

namespace FinalAccounts.Core.Tests.Validation.Rules;

/// <summary>
/// For every rule of the catalogue: a consistent report, a rounding-only one (尾差: the exact recomputation differs but
/// the intervals of the printed figures admit it), a broken one, and where rounding can be told from truncation a
/// truncated one. Every expected number is worked out by hand in the comment beside it.
/// </summary>
public sealed class RuleExample
{
    public RuleExample(string ruleId) => RuleId = ruleId;

    public string RuleId { get; }

    /// <summary>A report whose figures agree exactly under the rule.</summary>
    public Func<Item[]> Consistent { get; init; } = () => Array.Empty<Item>();

    /// <summary>A report off by rounding only; null where the rule does not reason about rounding.</summary>
    public Func<Item[]>? Rounding { get; init; }

    /// <summary>The stated figure the rounding-only finding (Info) is about.</summary>
    public string RoundingValue { get; init; } = string.Empty;

    /// <summary>A report with one figure that cannot be true.</summary>
    public Func<Item[]> Broken { get; init; } = () => Array.Empty<Item>();

    /// <summary>The broken figure as printed.</summary>
    public string BrokenValue { get; init; } = string.Empty;

    /// <summary>Where the broken figure stands: a statement id, or a table id with <see cref="BrokenRow"/>.</summary>
    public string BrokenStatementId { get; init; } = string.Empty;

    /// <summary>The table row of the broken figure, or empty for a sentence.</summary>
    public string BrokenRow { get; init; } = string.Empty;

    /// <summary>The recomputation from the other figures, rounded to 4 places; null when the rule computes nothing.</summary>
    public decimal? BrokenExact { get; init; }

    /// <summary>Words the message must contain (by default the broken value and the Chinese concept).</summary>
    public string[] BrokenMessageContains { get; init; } = Array.Empty<string>();

    /// <summary>A report that only truncation (截尾) explains; null where not applicable.</summary>
    public Func<Item[]>? Truncated { get; init; }

    /// <summary>The stated figure of the truncation warning.</summary>
    public string TruncatedValue { get; init; } = string.Empty;
}

public static class RuleExamples
{
    private const string Wan = "万元";
    private const string Pct = "%";
    private const string GeneralAppropriation = "一般公共预算财政拨款";
    private const string Appropriation = "财政拨款";

    /// <summary>Every example, by rule ID.</summary>
    public static IReadOnlyDictionary<string, RuleExample> All { get; } = Build().ToDictionary(e => e.RuleId, StringComparer.Ordinal);

    private static IEnumerable<RuleExample> Build()
    {
        // ---- Sum identities: total = Σ parts, all in one sentence. Two-decimal figures stand for ±0.005, so n parts and
        // the total allow a difference of 0.005·(n + 1).

        // 2933.89 + 0.00 + 2.85 = 2936.74. Rounding allows 0.005·4 = 0.02: 2936.75 passes as 尾差, 2936.84 (0.10 off) does not;
        // cutting instead of rounding moves the parts up by less than 0.03 (≤ 2936.77), still short of 2936.84.
        yield return Sum("FA1001", "2.1-2", null, "收入总计", "2936.74", "2936.75", "2936.84", 2936.74m,
            ("本年收入合计", "2933.89"), ("使用非财政拨款结余", "0.00"), ("年初结转和结余", "2.85"));

        // 2934.72 + 0.00 + 2.02 = 2936.74; 2936.73 is 0.01 off (≤ 0.02); 2963.74 (digits swapped) is 27.00 off.
        yield return Sum("FA1002", "2.1-7", null, "支出总计", "2936.74", "2936.73", "2963.74", 2936.74m,
            ("本年支出合计", "2934.72"), ("结余分配", "0.00"), ("年末结转和结余", "2.02"));

        // 支出总计 = 收入总计 2936.74. One part: 0.005·2 = 0.01, so 2936.75 just meets [2936.735, 2936.745] at 2936.745.
        yield return Sum("FA1003", "2.1-1", null, "支出总计", "2936.74", "2936.75", "2963.74", 2936.74m,
            ("收入总计", "2936.74"));

        // In a sentence all eight revenue lines must be stated for the rule to run.
        // 2931.85 + 0.00·6 + 2.04 = 2933.89; 2933.90 is 0.01 off (8 parts + total allow 0.045); 2939.89 is 6.00 off.
        var revenue = new[]
        {
            ("一般公共预算财政拨款收入", "2931.85"), ("政府性基金预算财政拨款收入", "0.00"), ("国有资本经营预算财政拨款收入", "0.00"),
            ("上级补助收入", "0.00"), ("事业收入", "0.00"), ("经营收入", "0.00"), ("附属单位上缴收入", "0.00"), ("其他收入", "2.04"),
        };
        var fa1004 = Sum("FA1004", "2.1-3", null, "本年收入合计", "2933.89", "2933.90", "2939.89", 2933.89m, revenue);
        yield return new RuleExample("FA1004")
        {
            Consistent = fa1004.Consistent, Rounding = fa1004.Rounding, RoundingValue = fa1004.RoundingValue, Broken = fa1004.Broken,
            BrokenValue = fa1004.BrokenValue, BrokenStatementId = fa1004.BrokenStatementId, BrokenExact = fa1004.BrokenExact,
            // 2933.94: rounding allows at most 2933.89 + 0.04 = 2933.93 against 2933.935, so no; read as cut, the eight parts
            // stand for [2933.89, 2933.97) and the total for [2933.94, 2933.95): they overlap, so only truncation explains it.
            Truncated = () => new Item[] { SumStatement("2.1-3", null, "本年收入合计", "2933.94", revenue) },
            TruncatedValue = "2933.94",
        };

        // 1122.17 + 1812.54 + 0.00 + 0.00 + 0.00 = 2934.71. The seed prints 2934.72: 0.01 off, within 0.005·6 = 0.03.
        // 2943.71 is 9.00 off.
        yield return Sum("FA1005", "2.3-1", null, "本年支出合计", "2934.71", "2934.72", "2943.71", 2934.71m,
            ("基本支出", "1122.17"), ("项目支出", "1812.54"), ("上缴上级支出", "0.00"), ("经营支出", "0.00"), ("对附属单位补助支出", "0.00"));

        // Seed 六: 人员经费 "1028.3" is read at 2 decimals (1028.30 ± 0.005). 1028.30 + 93.83 = 1122.13; the seed's 1122.14
        // is 0.01 off, within 0.015. 1112.13 is 10.00 off.
        yield return Sum("FA1006", "2.6-1", GeneralAppropriation, "基本支出", "1122.13", "1122.14", "1112.13", 1122.13m,
            ("人员经费", "1028.3"), ("公用经费", "93.83"));

        // ---- FA1010: a complete list (一是…二是). −193.34 + (−729.48) = −922.82. −922.83 is 0.01 off (two parts and the
        // total allow 0.015); the seed's −920.80 is 2.02 off.
        yield return new RuleExample("FA1010")
        {
            Consistent = () => Explained("-922.82"),
            Rounding = () => Explained("-922.83"),
            RoundingValue = "-922.83",
            Broken = () => Explained("-920.80"),
            BrokenValue = "-920.80",
            BrokenStatementId = "2.1-1",
            BrokenExact = -922.82m,
        };

        // ---- FA1011: a partial list (主要包括…等) may add up to less, never more. 办公费 14.77 + 福利费 20.01 = 34.78.
        // 93.83 ≥ 34.78: consistent. 34.77: the sum is 0.01 above, but the parts may be as low as 14.765 + 20.005 = 34.77,
        // which 34.77 (up to 34.775) admits. 24.78 is 10.00 below the parts' least possible sum 34.77.
        yield return new RuleExample("FA1011")
        {
            Consistent = () => PartialList("93.83"),
            Rounding = () => PartialList("34.77"),
            RoundingValue = "34.77",
            Broken = () => PartialList("24.78"),
            BrokenValue = "24.78",
            BrokenStatementId = "2.6-3",
            BrokenExact = 34.78m,
        };

        // ---- FA1020: 完成年初预算率 = 决算 ÷ 年初预算. 2931.85 ÷ 3843.73 = 0.762762 (3843.73 × 0.7627 = 2931.612871,
        // remainder 0.237129 ÷ 3843.73 = 0.0000617), so 76.2762% → 76.28. The inputs allow [2931.845 ÷ 3843.735,
        // 2931.855 ÷ 3843.725] = [76.2759%, 76.2764%]: 76.27 (up to 76.275) misses it, but cutting 76.2762 gives 76.27,
        // a warning. 67.27 (digits swapped) is an error.
        // Rounding-only needs wide intervals: 0.70 ÷ 0.90 = 77.7778%, and [0.695 ÷ 0.905, 0.705 ÷ 0.895] = [76.7956%,
        // 78.7709%] admits a printed 77.79.
        yield return Rate("FA1020", "2.5-1", "完成年初预算率", "年初预算", "一般公共预算财政拨款支出", null,
            "2931.85", "3843.73", consistent: "76.28", broken: "67.27", truncated: "76.27", exact: 76.2762m, roundingValue: "77.79");

        // ---- FA1021: 完成预算率 = 决算 ÷ 全年预算. 1200.00 ÷ 1800.00 = 66.6667% → 66.67. The inputs allow
        // [1199.995 ÷ 1800.005, 1200.005 ÷ 1799.995] = [66.66620%, 66.66713%]; 66.66 (up to 66.665) misses it, and is what
        // cutting gives: a warning. 96.67 is an error. Rounding-only: 0.70 ÷ 0.90 printed 77.79, as for FA1020.
        yield return Rate("FA1021", "2.8-2", "完成预算率", "全年预算", "项目支出", "人事考试考务费",
            "1200.00", "1800.00", consistent: "66.67", broken: "96.67", truncated: "66.66", exact: 66.6667m, roundingValue: "77.79");

        // ---- FA1022: 占比 = 决算 ÷ the total named by 'of'. 基本支出 1122.17 ÷ 本年支出合计 2934.72: 2934.72 × 0.38 =
        // 1115.1936, remainder 6.9764 ÷ 2934.72 = 0.0023772, so 38.2377% → 38.24. The inputs allow [1122.165 ÷ 2934.725,
        // 1122.175 ÷ 2934.715] = [38.23748%, 38.23795%]: 38.23 (up to 38.235) misses it; cutting 38.2377 gives 38.23.
        // 28.24 is an error. Rounding-only: 公务接待费 0.70 ÷ 三公经费 2.10 = 33.3333%, and [0.695 ÷ 2.105, 0.705 ÷ 2.095]
        // = [33.0166%, 33.6516%] admits 33.34.
        yield return new RuleExample("FA1022")
        {
            Consistent = () => Share("1122.17", "2934.72", "38.24", "基本支出", "本年支出合计"),
            Rounding = () => Share("0.70", "2.10", "33.34", "公务接待费", "三公经费"),
            RoundingValue = "33.34",
            Broken = () => Share("1122.17", "2934.72", "28.24", "基本支出", "本年支出合计"),
            BrokenValue = "28.24",
            BrokenStatementId = "2.3-2",
            BrokenExact = 38.2377m,
            Truncated = () => Share("1122.17", "2934.72", "38.23", "基本支出", "本年支出合计"),
            TruncatedValue = "38.23",
        };

        // ---- FA1023: 较年初预算增减率 = (决算 − 年初预算) ÷ 年初预算. (1900.00 − 1500.00) ÷ 1500.00 = 26.6667% → 26.67.
        // The inputs allow [1899.995 ÷ 1500.005 − 1, 1900.005 ÷ 1499.995 − 1] = [26.66591%, 26.66742%]; 26.66 (up to 26.665)
        // misses it, and is what cutting gives. −26.67 (增长 typed as 下降) is an error. Rounding-only: 0.70 against 0.90 is
        // −22.2222%, and [0.695 ÷ 0.905 − 1, 0.705 ÷ 0.895 − 1] = [−23.2044%, −21.2291%] admits −22.23.
        yield return new RuleExample("FA1023")
        {
            Consistent = () => Change("2.7-1", "项目支出", null, "年初预算", "较年初预算增减率", "1900.00", "1500.00", "26.67"),
            Rounding = () => Change("2.8-3", "公务接待费", Appropriation, "年初预算", "较年初预算增减率", "0.70", "0.90", "-22.23"),
            RoundingValue = "-22.23",
            Broken = () => Change("2.7-1", "项目支出", null, "年初预算", "较年初预算增减率", "1900.00", "1500.00", "-26.67"),
            BrokenValue = "-26.67",
            BrokenStatementId = "2.7-1",
            BrokenExact = 26.6667m,
            Truncated = () => Change("2.7-1", "项目支出", null, "年初预算", "较年初预算增减率", "1900.00", "1500.00", "26.66"),
            TruncatedValue = "26.66",
        };

        // ---- FA1024: 较上年决算增减率 without 上年决算 = 增减 ÷ (决算 − 增减). −1457.56 ÷ (2936.74 + 1457.56) = −1457.56 ÷
        // 4394.30: 4394.30 × 0.3317 = 1457.58931, 0.02931 too much, 0.02931 ÷ 4394.30 = 0.0000067, so −33.1693% → −33.17.
        // The corners allow about ±0.0001 (−1457.565 ÷ 4394.30 = −33.16945%, −1457.555 ÷ 4394.30 = −33.16922%): −33.16
        // (from −33.165) misses it; cutting −33.1693 toward zero gives −33.16. −31.17 is an error.
        // Rounding-only, the seed's 年初结转和结余: −0.94 ÷ (2.85 + 0.94) = −0.94 ÷ 3.79 = −24.8021%; the corners give
        // −0.945 ÷ 3.79 = −24.9340% and −0.935 ÷ 3.79 = −24.6702%, which admit the printed −24.71.
        yield return new RuleExample("FA1024")
        {
            Consistent = () => ChangeFromDifference("2.1-4", "收入总计", "2936.74", "-1457.56", "-33.17"),
            Rounding = () => ChangeFromDifference("2.1-6", "年初结转和结余", "2.85", "-0.94", "-24.71"),
            RoundingValue = "-24.71",
            Broken = () => ChangeFromDifference("2.1-4", "收入总计", "2936.74", "-1457.56", "-31.17"),
            BrokenValue = "-31.17",
            BrokenStatementId = "2.1-4",
            BrokenExact = -33.1693m,
            Truncated = () => ChangeFromDifference("2.1-4", "收入总计", "2936.74", "-1457.56", "-33.16"),
            TruncatedValue = "-33.16",
        };

        // ---- FA1025: 较年初预算增减 = 决算 − 年初预算. 2931.85 − 3843.73 = −911.88. −911.87 is 0.01 off (two inputs and the
        // change allow 0.015). −911.58 (digits swapped) is 0.30 off.
        yield return new RuleExample("FA1025")
        {
            Consistent = () => Difference("2.5-1", "一般公共预算财政拨款支出", "年初预算", "较年初预算增减", "2931.85", "3843.73", "-911.88"),
            Rounding = () => Difference("2.5-1", "一般公共预算财政拨款支出", "年初预算", "较年初预算增减", "2931.85", "3843.73", "-911.87"),
            RoundingValue = "-911.87",
            Broken = () => Difference("2.5-1", "一般公共预算财政拨款支出", "年初预算", "较年初预算增减", "2931.85", "3843.73", "-911.58"),
            BrokenValue = "-911.58",
            BrokenStatementId = "2.5-1",
            BrokenExact = -911.88m,
        };

        // ---- FA1026: 较上年决算增减 = 决算 − 上年决算. 1812.54 − 3110.87 = −1298.33 (3110.87 − 1812.54: 0.87 − 0.54 = 0.33,
        // 3110 − 1812 = 1298). −1298.34 is 0.01 off; −1289.33 is 9.00 off.
        yield return new RuleExample("FA1026")
        {
            Consistent = () => Difference("2.3-3", "项目支出", "上年决算", "较上年决算增减", "1812.54", "3110.87", "-1298.33"),
            Rounding = () => Difference("2.3-3", "项目支出", "上年决算", "较上年决算增减", "1812.54", "3110.87", "-1298.34"),
            RoundingValue = "-1298.34",
            Broken = () => Difference("2.3-3", "项目支出", "上年决算", "较上年决算增减", "1812.54", "3110.87", "-1289.33"),
            BrokenValue = "-1289.33",
            BrokenStatementId = "2.3-3",
            BrokenExact = -1298.33m,
        };

        // ---- FA1027: a rate on a base of 0 is undefined. 因公出国（境）费: 年初预算 0.00, 决算 0.00, completion printed 0.00%
        // (0 ÷ 0, the reports' convention): consistent. 公务用车购置费: 上年决算 0.00, 决算 12.00, printed 增长 100.00%: no
        // base gives 100% (12.00 ÷ 0 has no value), an error. A base of 0 is exact 0 in the stated decimals: there is no
        // rounding-only or truncated case.
        yield return new RuleExample("FA1027")
        {
            Consistent = () => Change("2.8-2", "因公出国（境）费", Appropriation, "年初预算", "完成年初预算率", "0.00", "0.00", "0.00"),
            Broken = () => Change("2.8-4", "公务用车购置费", Appropriation, "上年决算", "较上年决算增减率", "12.00", "0.00", "100.00"),
            BrokenValue = "100.00",
            BrokenStatementId = "2.8-4",
            BrokenMessageContains = new[] { "100.00", "公务用车购置费", "基数为 0", "无定义" },
        };

        // ---- FA1030: the same figure in the 收入支出决算总表 and in a sentence. The table says 2934.72; the sentence is the
        // later place, so it is the one reported. 2934.73 is 0.01 off: [2934.725, 2934.735] meets [2934.715, 2934.725].
        // 2943.72 (digits swapped) is 9.00 off.
        yield return new RuleExample("FA1030")
        {
            Consistent = () => TableAndSentence("2934.72"),
            Rounding = () => TableAndSentence("2934.73"),
            RoundingValue = "2934.73",
            Broken = () => TableAndSentence("2943.72"),
            BrokenValue = "2943.72",
            BrokenStatementId = "2.3-1",
            BrokenExact = 2934.72m,
        };

        // ---- FA1040: 类 = Σ款 = Σ项 in a table. 815.07 + 186.85 = 1001.92 (款 20801); 40.89 + 86.90 = 127.79 (款 20805);
        // 1001.92 + 127.79 = 1129.71 (类 208). 1129.72 is 0.01 off (two 款 and the 类 allow 0.015); 1139.71 is 10.00 off.
        yield return new RuleExample("FA1040")
        {
            Consistent = () => FunctionTable("1129.71"),
            Rounding = () => FunctionTable("1129.72"),
            RoundingValue = "1129.72",
            Broken = () => FunctionTable("1139.71"),
            BrokenValue = "1139.71",
            BrokenStatementId = "财决08",
            BrokenRow = "208 社会保障和就业支出",
            BrokenExact = 1129.71m,
            BrokenMessageContains = new[] { "1139.71", "一般公共预算财政拨款支出", "社会保障和就业支出" },
        };

        // ---- FA1041: in a table by 经济分类, 类 = Σ款. 101.04 + 260.79 + 86.10 = 447.93 (301 工资福利支出). 447.94 is 0.01
        // off (three 款 and the 类 allow 0.02); 457.93 is 10.00 off.
        yield return new RuleExample("FA1041")
        {
            Consistent = () => EconomicTable("447.93"),
            Rounding = () => EconomicTable("447.94"),
            RoundingValue = "447.94",
            Broken = () => EconomicTable("457.93"),
            BrokenValue = "457.93",
            BrokenStatementId = "财决05",
            BrokenRow = "301 工资福利支出",
            BrokenExact = 447.93m,
            BrokenMessageContains = new[] { "457.93", "工资福利支出" },
        };

        // ---- FA1061: 授予中小企业合同金额 = 货物 × 货物占比 + 工程 × 工程占比 + 服务 × 服务占比.
        // 36.24 × 100.00% + 0.00 × 0.00% + 9.41 × 100.00% = 45.65.
        // 45.66: the bounds are 36.235 × 99.995% + 0 + 9.405 × 99.995% = 36.2331883 + 9.4045298 = 45.6377 and
        // 36.245 × 100.005% + 0.005 × 0.005% + 9.415 × 100.005% = 36.2468123 + 0.00000025 + 9.4154708 = 45.6623, which 45.66 meets.
        // The seed prints every share as 0%: 0 of anything is 0, at most 36.245 × 0.5% + 0.005 × 0.5% + 9.415 × 0.5% =
        // 0.2283, far below 45.65.
        yield return new RuleExample("FA1061")
        {
            Consistent = () => Sme("45.65", "100.00", "0.00", "100.00"),
            Rounding = () => Sme("45.66", "100.00", "0.00", "100.00"),
            RoundingValue = "45.66",
            Broken = () => Sme("45.65", "0", "0", "0"),
            BrokenValue = "45.65",
            BrokenStatementId = "2.12-2",
            BrokenExact = 0m,
        };

        // ---- FA1100: the shares of 三公经费's three parts (a standard identity, all three stated) add up to 100%.
        // 0.00 + 80.65 + 19.35 = 100.00. Three 2-decimal shares stand for ±0.005 each, so their sum for ±0.015:
        // 0.00 + 80.65 + 19.36 = 100.01 is rounding (info, [99.995, 100.025] holds 100); 0.00 + 80.65 + 29.35 = 110.00 is 10
        // points off. The finding stands at the largest share, 80.65.
        yield return new RuleExample("FA1100")
        {
            Consistent = () => ThreePublicShares("0.00", "80.65", "19.35"),
            Rounding = () => ThreePublicShares("0.00", "80.65", "19.36"),
            RoundingValue = "80.65",
            Broken = () => ThreePublicShares("0.00", "80.65", "29.35"),
            BrokenValue = "80.65",
            BrokenStatementId = "2.8-2",
            BrokenExact = 110m,
            BrokenMessageContains = new[] { "29.35%", "公务接待费", "110%", "100%" },
        };

        // ---- FA1110: 项目支出's 年初预算 stated in one sentence and derived in another: 1900.00 − 400.00 = 1500.00, allowing
        // [1899.995 − 400.005, 1900.005 − 399.995] = [1499.99, 1500.01]. Stated 1500.00 meets it; 1550.00 ([1549.995, 1550.005])
        // is 49.98 away. Located at the stated figure; the exact derivation is 1500.
        yield return new RuleExample("FA1110")
        {
            Consistent = () => BudgetTwice("1500.00"),
            Broken = () => BudgetTwice("1550.00"),
            BrokenValue = "1550.00",
            BrokenStatementId = "2.7-2",
            BrokenExact = 1500m,
            BrokenMessageContains = new[] { "1550.00", "项目支出", "1900.00", "400.00", "1500" },
        };

        // ---- FA1111: the seed's case. 财政拨款收入支出总计 决算 2931.85, 较年初预算减少 925.68 → 年初预算 2931.85 + 925.68 =
        // 3857.53 ([3857.52, 3857.54]); 政府性基金 and 国有资本经营 财政拨款 are 0 and 一般公共预算财政拨款支出 决算 is also
        // 2931.85, so its 年初预算 must be the same: 3857.53 agrees, the seed's 3843.73 is 13.80 short (a warning: the
        // equivalence is the report's own premise).
        yield return new RuleExample("FA1111")
        {
            Consistent = () => AppropriationBudget("3857.53"),
            Broken = () => AppropriationBudget("3843.73"),
            BrokenValue = "3843.73",
            BrokenStatementId = "2.5-1",
            BrokenExact = 3857.53m,
            BrokenMessageContains = new[] { "3843.73", "3857.53", "财政拨款收入支出总计", "一般公共预算财政拨款支出", "13.8" },
        };

        // ---- FA1130: "决算数小于预算数" with 年初预算 135.90 and 决算 135.25 (普陀 3.5-3.3): 135.25 − 135.90 = −0.65, rounding
        // allows [−0.66, −0.64], all below 0: agrees. "决算数大于预算数" over the same figures cannot be true. No rounding case:
        // a gap that rounding leaves either way is not an error.
        yield return new RuleExample("FA1130")
        {
            Consistent = () => Worded("135.90", "135.25", "决算数小于预算数的主要原因：调减相关经费。"),
            Broken = () => Worded("135.90", "135.25", "决算数大于预算数的主要原因：调减相关经费。"),
            BrokenValue = "135.25",
            BrokenStatementId = "3.5-3.3",
            BrokenExact = -0.65m,
            BrokenMessageContains = new[] { "决算数大于预算数", "135.25", "135.90", "-0.65" },
        };

        // ---- FA1131: "决算数与预算数基本持平" with 258.50 against 258.50 agrees; 258.50 against 250.00 is 8.50 apart, more than
        // 1% of 250.00 (2.50) plus rounding (0.01).
        yield return new RuleExample("FA1131")
        {
            Consistent = () => Worded("258.50", "258.50", "决算数与预算数基本持平。"),
            Broken = () => Worded("250.00", "258.50", "决算数与预算数基本持平。"),
            BrokenValue = "258.50",
            BrokenStatementId = "3.5-3.3",
            BrokenExact = 8.5m,
            BrokenMessageContains = new[] { "基本持平", "258.50", "250.00", "1%" },
        };

        // ---- FA1140: 三公经费 37.85 万元 in the table and 378500 (元 digits under 万元) in the 说明: 378500 ÷ 10⁴ = 37.85, inside
        // [37.845, 37.855], so a unit slip; 37.85 twice is consistent. No rounding case (the rule names slips only).
        yield return new RuleExample("FA1140")
        {
            Consistent = () => SlipPair("37.85"),
            Broken = () => SlipPair("378500.00"),
            BrokenValue = "378500.00",
            BrokenStatementId = "2.8-1",
            BrokenExact = 37.85m,
            BrokenMessageContains = new[] { "378500.00", "37.85", "10000倍", "单位错误" },
        };

        // ---- FA1150–FA1153: counts are whole and exact, so there is no rounding case: one vehicle off is an error.
        // 共有车辆8辆，其中：主要领导干部用车1辆、机要通信用车2辆、执法执勤用车5辆: 1 + 2 + 5 = 8. Stated 9, the parts still make 8.
        yield return new RuleExample("FA1150")
        {
            Consistent = () => Vehicles("8", "1", "2", "5"),
            Broken = () => Vehicles("9", "1", "2", "5"),
            BrokenValue = "9",
            BrokenStatementId = "3.11-4",
            BrokenExact = 8m,
            BrokenMessageContains = new[] { "车辆", "9辆", "8辆", "执法执勤用车", "不存在舍入" },
        };

        // 主要包括…等 lists of 人: 调离 7 人 and 退休 3 人 among 减少人员 12 人 (7 + 3 = 10 ≤ 12); a total of 9 is 1 short of the 10 listed.
        yield return new RuleExample("FA1151")
        {
            Consistent = () => LeftStaff("12"),
            Broken = () => LeftStaff("9"),
            BrokenValue = "9",
            BrokenStatementId = "2.3-2",
            BrokenExact = 10m,
            BrokenMessageContains = new[] { "减少人员", "9人", "10人", "调离在职人员" },
        };

        // 绩效自评的项目4个 … 优 3、良 1、合格 0、不合格 0: 3 + 1 + 0 + 0 = 4. Stated 5, one project has no grade.
        yield return new RuleExample("FA1152")
        {
            Consistent = () => Graded("4"),
            Broken = () => Graded("5"),
            BrokenValue = "5",
            BrokenStatementId = "3.10-1",
            BrokenExact = 4m,
            BrokenMessageContains = new[] { "绩效自评项目", "5个", "4个", "绩效评级为优的项目" },
        };

        // 全年安排因公出国（境）团组3个、累计7人次: 7 ≥ 3. Three groups cannot travel as 2 person-times.
        yield return new RuleExample("FA1153")
        {
            Consistent = () => Trips("3", "7"),
            Broken = () => Trips("3", "2"),
            BrokenValue = "2",
            BrokenStatementId = "3.7-3",
            BrokenExact = 3m,
            BrokenMessageContains = new[] { "因公出国（境）人次", "2人次", "3人次", "团组" },
        };

        // ---- FA1160–FA1162 (structure): yes/no verdicts, no rounding case. The nine tables with 表8 and 表9 published
        // empty under the template's statement; without 表8 and with no word on 政府性基金, FA1160 names table 8.
        yield return new RuleExample("FA1160")
        {
            Consistent = () => NineTables(skip: 0, fundNote: true),
            Broken = () => NineTables(skip: 8, fundNote: true),
            BrokenValue = "8",
            BrokenStatementId = "report",
            BrokenMessageContains = new[] { "政府性基金预算财政拨款收入支出决算表", "第8张", "本表无数据" },
        };

        // 表8 published without cells: with "注：…故本表无数据。" it says why; without it, and with no 说明 sentence, it does not.
        yield return new RuleExample("FA1161")
        {
            Consistent = () => NineTables(skip: 0, fundNote: true),
            Broken = () => NineTables(skip: 0, fundNote: false),
            BrokenValue = "8",
            BrokenStatementId = "表8",
            BrokenMessageContains = new[] { "政府性基金预算财政拨款收入支出决算表", "没有数据", "未说明原因" },
        };

        // The 说明 states 三公经费 决算 3.50; the 三公 table prints it (consistent) or prints only the 预算数 column, leaving
        // 决算 blank, i.e. 0: the two contradict each other.
        yield return new RuleExample("FA1162")
        {
            Consistent = () => ThreePublicTable(printActual: true),
            Broken = () => ThreePublicTable(printActual: false),
            BrokenValue = "3.50",
            BrokenStatementId = "2.8-1",
            BrokenMessageContains = new[] { "三公经费", "3.50万元", "财政拨款“三公”经费支出决算表", "决算数一栏为空" },
        };

        // ---- FA1170: 普陀 3.5-3.3's wording. 年初预算 135.90 and 决算 135.25 differ by 0.65, beyond the 0.01 rounding allows:
        // with "决算数小于预算数的主要原因：…" it is explained; without it, a warning at the 决算. No rounding case (yes/no verdict).
        yield return new RuleExample("FA1170")
        {
            Consistent = () => Worded("135.90", "135.25", "决算数小于预算数的主要原因：调减相关经费。"),
            Broken = () => Worded("135.90", "135.25", "主要用于：信息化系统日常维护费等支出。"),
            BrokenValue = "135.25",
            BrokenStatementId = "3.5-3.3",
            BrokenMessageContains = new[] { "135.25", "135.90", "未说明原因", "主要原因" },
        };

        // ---- FA1180: a difference printed without direction. 年初预算 135.90, 决算 135.00: |135.00 − 135.90| = 0.90, so
        // "相差0.90万元" agrees (the words give no sign: 135.90 − 135.00 is the direction that fits). The three printed figures
        // allow |a − b| in [0.89, 0.91]; 0.91 (from 0.905) meets it, information only. 9.00 (a slipped point) does not: the
        // nearer direction still computes 0.90.
        yield return new RuleExample("FA1180")
        {
            Consistent = () => Apart("135.90", "135.00", "0.90"),
            Rounding = () => Apart("135.90", "135.00", "0.91"),
            RoundingValue = "0.91",
            Broken = () => Apart("135.90", "135.00", "9.00"),
            BrokenValue = "9.00",
            BrokenStatementId = "3.5-3.3",
            BrokenExact = 0.9m,
            BrokenMessageContains = new[] { "9.00", "较年初预算差额", "相差、差值不分增减" },
            // Inputs printed to 3 decimals: |135.000 − 135.908| = 0.908, within [0.907, 0.909] by rounding. 0.90 is not that
            // rounded ([0.895, 0.905) misses it) but is 0.908 cut to the 分, so truncation alone explains it: a warning.
            Truncated = () => Apart("135.908", "135.000", "0.90"),
            TruncatedValue = "0.90",
        };

        // ---- FA1181: "本年度未发生因公出国（境）费" claims 因公出国（境）费 决算 0: the 三公 table's 0.00 agrees, its 1.20 does not.
        // A yes/no verdict: no rounding case.
        yield return new RuleExample("FA1181")
        {
            Consistent = () => NoTrips("0.00"),
            Broken = () => NoTrips("1.20"),
            BrokenValue = "0",
            BrokenStatementId = "2.8-2",
            BrokenMessageContains = new[] { "本年度未发生因公出国（境）费", "1.20万元", "因公出国（境）费（决算）为0" },
        };

        // ---- FA1182: 占财政拨款支出的 p% where the report states no 财政拨款支出 but states 政府性基金 and 国有资本经营预算财政拨款支出 as
        // 0.00, so the whole is its 一般公共预算财政拨款支出. The numbers are FA1022's: 1122.17 ÷ 2934.72 = 38.2377% → 38.24
        // (38.23 only by cutting; 28.24 an error); 0.70 ÷ 2.10 = 33.3333%, and [0.695 ÷ 2.105, 0.705 ÷ 2.095] = [33.0166%,
        // 33.6516%] admits 33.34.
        yield return new RuleExample("FA1182")
        {
            Consistent = () => AliasShare("1122.17", "2934.72", "38.24"),
            Rounding = () => AliasShare("0.70", "2.10", "33.34"),
            RoundingValue = "33.34",
            Broken = () => AliasShare("1122.17", "2934.72", "28.24"),
            BrokenValue = "28.24",
            BrokenStatementId = "2.5-2",
            BrokenExact = 38.2377m,
            BrokenMessageContains = new[] { "28.24", "财政拨款支出即一般公共预算财政拨款支出" },
            Truncated = () => AliasShare("1122.17", "2934.72", "38.23"),
            TruncatedValue = "38.23",
        };

        // ---- FA1183: the 三公 table prints 三公经费, 公务用车购置及运行维护费 and 公务接待费 and leaves 因公出国（境）费 blank. With
        // 3.00 = 1.80 + 1.20 the table puts 出国 at 3.00 − 1.80 − 1.20 = 0 (± 0.015), so the 说明's 0.50 contradicts it. Printed
        // 0.50 (三公 3.50): consistent. Rounding: 3.00 against 1.80 + 1.19 leaves 0.01 ± 0.015, which admits the 说明's 0.02 (from
        // 0.015) — information only.
        yield return new RuleExample("FA1183")
        {
            Consistent = () => LoneBlank("3.50", "1.20", "0.50", printTrips: true),
            Rounding = () => LoneBlank("3.00", "1.19", "0.02", printTrips: false),
            RoundingValue = "0.02",
            Broken = () => LoneBlank("3.00", "1.20", "0.50", printTrips: false),
            BrokenValue = "0.50",
            BrokenStatementId = "2.8-1",
            BrokenExact = 0m,
            BrokenMessageContains = new[] { "因公出国（境）费", "0.50万元", "该项为空", "3.00万元" },
        };

        // ---- FA1120 / FA1121: words, not numbers — no rounding case. A table titled "XX局收入支出决算总表" keeps the
        // template's placeholder XX; one titled "2023年度收入支出决算总表" in the 2024 report names another year.
        yield return new RuleExample("FA1120")
        {
            Consistent = () => TitledTable("收入支出决算总表"),
            Broken = () => TitledTable("XX局收入支出决算总表"),
            BrokenValue = "XX",
            BrokenStatementId = "表1",
            BrokenMessageContains = new[] { "XX", "XX局收入支出决算总表", "表名" },
        };
        yield return new RuleExample("FA1121")
        {
            Consistent = () => TitledTable("2024年度收入支出决算总表"),
            Broken = () => TitledTable("2023年度收入支出决算总表"),
            BrokenValue = "2023年",
            BrokenStatementId = "表1",
            BrokenMessageContains = new[] { "2023年", "2024", "表名" },
        };

        // ---- FA1070: the printed code is the row's. 行政运行 under 20801 is 2080101; 2080102 is 一般行政管理事务.
        // Codes are not rounded: there is no rounding-only or truncated case.
        yield return new RuleExample("FA1070")
        {
            Consistent = () => CodedLine("2080101"),
            Broken = () => CodedLine("2080102"),
            BrokenValue = "815.07",
            BrokenStatementId = "2.5-2",
            BrokenMessageContains = new[] { "2080102", "2080101", "社会保障和就业支出/人力资源和社会保障管理事务/行政运行" },
        };

        // ---- FA1090: a 2024 report's row names 2200199 by 其他国土资源事务支出, its name until 2018 (function-aliases.csv).
        yield return new RuleExample("FA1090")
        {
            Consistent = () => NaturalResourcesRow("2200199 其他自然资源事务支出"),
            Broken = () => NaturalResourcesRow("2200199 其他国土资源事务支出"),
            BrokenValue = "12.00",
            BrokenStatementId = "财决08",
            BrokenRow = "2200199 其他国土资源事务支出",
            BrokenMessageContains = new[] { "其他国土资源事务支出", "2200199", "其他自然资源事务支出", "2018" },
        };

        // ---- FA1050–FA1052: "三公"经费 (scope 财政拨款).
        // 0.00 + 3.25 + 0.78 = 4.03; 4.04 is 0.01 off (≤ 0.02); 4.30 is 0.27 off.
        yield return Sum("FA1050", "2.8-1", Appropriation, "三公经费", "4.03", "4.04", "4.30", 4.03m,
            ("因公出国（境）费", "0.00"), ("公务用车购置及运行维护费", "3.25"), ("公务接待费", "0.78"));
        // 0.00 + 3.25 = 3.25; 3.26 is 0.01 off (≤ 0.015); 3.52 is 0.27 off.
        yield return Sum("FA1051", "2.8-4", Appropriation, "公务用车购置及运行维护费", "3.25", "3.26", "3.52", 3.25m,
            ("公务用车购置费", "0.00"), ("公务用车运行维护费", "3.25"));
        // 0.78 + 0.00 = 0.78; 0.79 is 0.01 off (≤ 0.015); 0.87 is 0.09 off.
        yield return Sum("FA1052", "2.8-5", Appropriation, "公务接待费", "0.78", "0.79", "0.87", 0.78m,
            ("国内公务接待费", "0.78"), ("国（境）外公务接待费", "0.00"));

        // ---- 预算 rules (report.kind 预算; figures on basis 预算, compared with 上年预算).
        // FA1200: 较上年预算增减 = 预算 − 上年预算. 18976.76 − 15621.11 = 3355.65 (18976.76 − 15000 = 3976.76, − 621.11). Two
        // inputs and the change allow 0.015: 3355.66 is 0.01 off; 3355.56 (digits swapped) is 0.09 off.
        yield return new RuleExample("FA1200")
        {
            Consistent = () => BudgetDifference("3355.65"),
            Rounding = () => BudgetDifference("3355.66"),
            RoundingValue = "3355.66",
            Broken = () => BudgetDifference("3355.56"),
            BrokenValue = "3355.56",
            BrokenStatementId = "B.1-1",
            BrokenExact = 3355.65m,
        };

        // FA1201: 较上年预算增减率 = (预算 − 上年预算) ÷ 上年预算. (100.01 − 80.00) ÷ 80.00 = 20.01 ÷ 80 = 25.0125% → 25.01.
        // The corners: (100.005 − 80.005) ÷ 80.005 = 24.998%, (100.015 − 79.995) ÷ 79.995 = 25.026%: 25.02 is inside (尾差),
        // 25.10 is not.
        yield return new RuleExample("FA1201")
        {
            Consistent = () => BudgetRate("25.01"),
            Rounding = () => BudgetRate("25.02"),
            RoundingValue = "25.02",
            Broken = () => BudgetRate("25.10"),
            BrokenValue = "25.10",
            BrokenStatementId = "B.1-2",
            BrokenExact = 25.0125m,
        };

        // FA1205: 较上年执行数增减率 = (预算 − 上年执行数) ÷ 上年执行数 (万里 2024's line 3: 2023年当年预算执行数为60.79万元，
        // 2024年预算安排88.87万元，增加46.19%). 28.08 ÷ 60.79 = 46.1918% → 46.19. Corners: 28.07 ÷ 60.795 = 46.171%,
        // 28.09 ÷ 60.785 = 46.212%: 46.20 is inside (尾差); 46.91 (digits swapped) is not.
        yield return new RuleExample("FA1205")
        {
            Consistent = () => ExecutionLine("较上年执行数增减率", "46.19", Pct),
            Rounding = () => ExecutionLine("较上年执行数增减率", "46.20", Pct),
            RoundingValue = "46.20",
            Broken = () => ExecutionLine("较上年执行数增减率", "46.91", Pct),
            BrokenValue = "46.91",
            BrokenStatementId = "B.1.3",
            BrokenExact = 46.1918m,
        };

        // FA1206: 较上年执行数增减 = 预算 − 上年执行数: 88.87 − 60.79 = 28.08; three 2-decimal figures allow 0.015, so 28.09 is
        // 尾差; 28.80 is 0.72 off.
        yield return new RuleExample("FA1206")
        {
            Consistent = () => ExecutionLine("较上年执行数增减", "28.08", Wan),
            Rounding = () => ExecutionLine("较上年执行数增减", "28.09", Wan),
            RoundingValue = "28.09",
            Broken = () => ExecutionLine("较上年执行数增减", "28.80", Wan),
            BrokenValue = "28.80",
            BrokenStatementId = "B.1.3",
            BrokenExact = 28.08m,
        };

        // FA1207: 万里 2024's line 10 "2023年当年预算执行数为10.00万元，2024年预算安排10.00万元，比2023年预算执行数持平" agrees;
        // with 12.00 against 10.00 the words say 持平 over a gap of 2.00 (rounding allows 0.01): flagged (a warning).
        yield return new RuleExample("FA1207")
        {
            Consistent = () => LevelLine("10.00"),
            Broken = () => LevelLine("12.00"),
            BrokenValue = "12.00",
            BrokenStatementId = "B.1.10",
            BrokenExact = 2m,
            BrokenMessageContains = new[] { "持平", "12.00", "10.00" },
        };

        // FA1202–FA1204 in a table (a sentence must state every part; a table's blank part is 0).
        // FA1202: a 预算's 收入总计 = 财政拨款收入 + 事业收入 + 经营收入 + 其他收入: 18976.76 + 10.25 + 0.00 + 3.10 = 18990.11
        // (18976.76 + 10.25 = 18987.01, + 3.10 = 18990.11). Five figures allow 0.025: 18990.12 passes as 尾差; 18990.21 is 0.10 off.
        yield return BudgetSum("FA1202", "表1", "收入总计", "18990.11", "18990.12", "18990.21", 18990.11m,
            ("财政拨款收入", "18976.76"), ("事业收入", "10.25"), ("经营收入", "0.00"), ("其他收入", "3.10"));

        // FA1203: 财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营预算财政拨款收入: 18900.50 + 76.26 + 0.00 = 18976.76;
        // 18976.77 is 0.01 off (≤ 0.02); 18967.76 (digits swapped) is 9.00 off.
        yield return BudgetSum("FA1203", "表1", "财政拨款收入", "18976.76", "18976.77", "18967.76", 18976.76m,
            ("一般公共预算财政拨款收入", "18900.50"), ("政府性基金预算财政拨款收入", "76.26"), ("国有资本经营预算财政拨款收入", "0.00"));

        // FA1204: 收入预算表's 合计 (本年收入合计) = 财政拨款收入 + 事业收入 + …: 120.35 + 29.65 = 150.00; 150.01 is 0.01 off
        // (three figures allow 0.015); 150.10 is 0.10 off.
        yield return BudgetSum("FA1204", "表1", "本年收入合计", "150.00", "150.01", "150.10", 150.00m,
            ("财政拨款收入", "120.35"), ("事业收入", "29.65"));

        // FA1208: a 财务收支预算总表 row split by column (合计 | 人员经费 | 公用经费 | 项目支出), as 上海市财政局's 2025 预算
        // prints it: 6033.03 + 2453.15 + 4302.51 = 12788.69 (6033.03 + 2453.15 = 8486.18, + 4302.51). Four figures allow
        // 0.02: 12788.70 is 尾差; 12778.69 is 10.00 off. The row beside it prints only 人员经费 (its other parts blank = 0).
        static Item[] Split(string total) => new Item[]
        {
            Budget,
            Table("表1", "2025年预算单位财务收支预算总表",
                Cell("一、一般公共服务支出", "支出 合计", "本年支出合计", "预算", total, "一般公共服务支出"),
                Cell("一、一般公共服务支出", "支出 基本支出人员经费", "人员经费", "预算", "6033.03", "一般公共服务支出"),
                Cell("一、一般公共服务支出", "支出 基本支出公用经费", "公用经费", "预算", "2453.15", "一般公共服务支出"),
                Cell("一、一般公共服务支出", "支出 项目支出", "项目支出", "预算", "4302.51", "一般公共服务支出"),
                Cell("四、住房保障支出", "支出 合计", "本年支出合计", "预算", "2180.00", "住房保障支出"),
                Cell("四、住房保障支出", "支出 基本支出人员经费", "人员经费", "预算", "2180.00", "住房保障支出")),
        };
        yield return new RuleExample("FA1208")
        {
            Consistent = () => Split("12788.69"),
            Rounding = () => Split("12788.70"),
            RoundingValue = "12788.70",
            Broken = () => Split("12778.69"),
            BrokenValue = "12778.69",
            BrokenStatementId = "表1",
            BrokenRow = "一、一般公共服务支出",
            BrokenExact = 12788.69m,
        };

        // ---- FA1060: 36.24 + 0.00 + 9.41 = 45.65; 45.66 is 0.01 off (≤ 0.02); 45.56 is 0.09 off.
        yield return Sum("FA1060", "2.12-1", null, "政府采购支出", "45.65", "45.66", "45.56", 45.65m,
            ("政府采购货物支出", "36.24"), ("政府采购工程支出", "0.00"), ("政府采购服务支出", "9.41"));
    }

    private static RuleExample Sum(string ruleId, string id, string? scope, string total, string consistent, string rounding, string broken,
        decimal exact, params (string Concept, string Value)[] parts)
        => new(ruleId)
        {
            Consistent = () => new Item[] { SumStatement(id, scope, total, consistent, parts) },
            Rounding = () => new Item[] { SumStatement(id, scope, total, rounding, parts) },
            RoundingValue = rounding,
            Broken = () => new Item[] { SumStatement(id, scope, total, broken, parts) },
            BrokenValue = broken,
            BrokenStatementId = id,
            BrokenExact = exact,
        };

    private static StatementSpec SumStatement(string id, string? scope, string total, string value, (string Concept, string Value)[] parts)
        => Statement(id, new[] { F(total, "决算", value, scope: scope) }.Concat(parts.Select(p => F(p.Concept, "决算", p.Value, scope: scope))).ToArray());

    private static Item[] Explained(string total) => new Item[]
    {
        Statement("2.1-1", F("收入总计", "较年初预算增减", total)).With(Explanation("收入总计", "较年初预算增减", false, "一是…二是",
            F("基本支出", "较年初预算增减", "-193.34", text: "一是基本支出减少193.34万元"),
            F("项目支出", "较年初预算增减", "-729.48", text: "二是项目支出减少729.48万元"))),
    };

    private static Item[] PartialList(string total) => new Item[]
    {
        Statement("2.6-3", "六、一般公共预算财政拨款基本支出决算情况说明", F("公用经费", "决算", total, scope: GeneralAppropriation))
            .With(new ExplanationSpec("公用经费", "决算", true, "主要包括…等", new Part[]
            {
                F("办公费", "决算", "14.77", scope: "一般公共预算财政拨款基本支出", code: "30201", text: "办公费14.77万元"),
                F("福利费", "决算", "20.01", scope: "一般公共预算财政拨款基本支出", code: "30229", text: "福利费20.01万元"),
            }) { Scope = GeneralAppropriation }),
    };

    private static RuleExample Rate(string ruleId, string id, string rateBasis, string baseBasis, string concept, string? item,
        string actual, string baseline, string consistent, string broken, string truncated, decimal exact, string roundingValue)
    {
        Item[] Make(string a, string b, string rate, string c, string? i) => new Item[]
        {
            Statement(id, F(c, "决算", a, item: i), F(c, baseBasis, b, item: i), F(c, rateBasis, rate, Pct, item: i)),
        };
        return new RuleExample(ruleId)
        {
            Consistent = () => Make(actual, baseline, consistent, concept, item),
            Rounding = () => Make("0.70", "0.90", roundingValue, "公务接待费", null),
            RoundingValue = roundingValue,
            Broken = () => Make(actual, baseline, broken, concept, item),
            BrokenValue = broken,
            BrokenStatementId = id,
            BrokenExact = exact,
            Truncated = () => Make(actual, baseline, truncated, concept, item),
            TruncatedValue = truncated,
        };
    }

    private static Item[] Apart(string budget, string actual, string difference) => new Item[]
    {
        new StatementSpec("3.5-3.3", new[] { F("一般公共预算财政拨款支出", "年初预算", budget, path: "一般公共服务支出/财政事务/信息化建设"),
            F("一般公共预算财政拨款支出", "决算", actual, path: "一般公共服务支出/财政事务/信息化建设"),
            F("一般公共预算财政拨款支出", "较年初预算差额", difference, path: "一般公共服务支出/财政事务/信息化建设") })
        { Section = "五、一般公共预算财政拨款支出决算情况说明", Words = "决算数与年初预算数相差" + difference + "万元，主要原因：调减相关经费。" },
    };

    private static Item[] NoTrips(string tripsCell) => new Item[]
    {
        new TableSpec("表7", "财政拨款“三公”经费支出决算表", Wan, new[]
        {
            Cell("合计", "决算数", "三公经费", "决算", "2.00", scope: Appropriation), Cell("因公出国（境）费", "决算数", "因公出国（境）费", "决算", tripsCell, scope: Appropriation),
        }),
        new StatementSpec("2.8-2", new[] { F("三公经费", "决算", "2.00", scope: Appropriation) }) { Section = "八、财政拨款“三公”经费支出决算情况说明", Words = "本年度未发生因公出国（境）费。" },
    };

    private static Item[] AliasShare(string part, string whole, string share) => new Item[]
    {
        Statement("2.5-1", "五、一般公共预算财政拨款支出决算情况说明", F("一般公共预算财政拨款支出", "决算", whole),
            F("政府性基金预算财政拨款支出", "决算", "0.00"), F("国有资本经营预算财政拨款支出", "决算", "0.00")),
        Statement("2.5-2", "五、一般公共预算财政拨款支出决算情况说明", F("一般公共预算财政拨款支出", "决算", part, path: "一般公共服务支出"),
            F("一般公共预算财政拨款支出", "占比", share, Pct, path: "一般公共服务支出", of: ("财政拨款支出", "决算"))),
    };

    private static Item[] LoneBlank(string total, string reception, string trips, bool printTrips)
    {
        var cells = new List<Fig>
        {
            Cell("合计", "决算数", "三公经费", "决算", total, scope: Appropriation),
            Cell("公务用车购置及运行维护费", "决算数", "公务用车购置及运行维护费", "决算", "1.80", scope: Appropriation),
            Cell("公务接待费", "决算数", "公务接待费", "决算", reception, scope: Appropriation),
        };
        if (printTrips) cells.Add(Cell("因公出国（境）费", "决算数", "因公出国（境）费", "决算", trips, scope: Appropriation));
        return new Item[]
        {
            new TableSpec("表7", "财政拨款“三公”经费支出决算表", Wan, cells.ToArray()),
            Statement("2.8-1", "八、财政拨款“三公”经费支出决算情况说明", F("因公出国（境）费", "决算", trips, scope: Appropriation)),
        };
    }

    private static Item[] Worded(string budget, string actual, string words) => new Item[]
    {
        new StatementSpec("3.5-3.3", new[] { F("一般公共预算财政拨款支出", "年初预算", budget, path: "一般公共服务支出/财政事务/信息化建设"),
            F("一般公共预算财政拨款支出", "决算", actual, path: "一般公共服务支出/财政事务/信息化建设") }) { Section = "五、一般公共预算财政拨款支出决算情况说明", Words = words },
    };

    private static Item[] Vehicles(string total, params string[] kinds)
    {
        var names = new[] { "主要领导干部用车", "机要通信用车", "执法执勤用车" };
        return new Item[]
        {
            Statement("3.11-4", "十一、其他重要事项的情况说明", F("车辆", "年末", total, "辆"))
                .With(Explanation("车辆", "年末", false, "其中", kinds.Select((k, i) => (Part)F(names[i], "年末", k, "辆", text: names[i] + k + "辆")).ToArray())),
        };
    }

    private static Item[] LeftStaff(string total) => new Item[]
    {
        Statement("2.3-2", "三、支出决算情况说明", F("减少人员", "决算", total, "人"))
            .With(Explanation("减少人员", "决算", true, "主要包括…等", F("调离在职人员", "决算", "7", "人", text: "调离7人"), F("退休人员", "决算", "3", "人", text: "退休3人"))),
    };

    private static Item[] Graded(string total) => new Item[]
    {
        Statement("3.10-1", "十、预算绩效管理情况", F("绩效自评项目", "决算", total, "个"), F("绩效评级为优的项目", "决算", "3", "个"),
            F("绩效评级为良的项目", "决算", "1", "个"), F("绩效评级为合格的项目", "决算", "0", "个"), F("绩效评级为不合格的项目", "决算", "0", "个")),
    };

    private static Item[] Trips(string groups, string persons) => new Item[]
    {
        Statement("3.7-3", "七、财政拨款“三公”经费支出决算情况说明", F("因公出国（境）团组", "决算", groups, "个", scope: Appropriation),
            F("因公出国（境）人次", "决算", persons, "人次", scope: Appropriation)),
    };

    private static Item[] NineTables(int skip, bool fundNote)
    {
        string[] titles = { "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
            "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表" };
        var items = new List<Item>();
        for (var n = 1; n <= 9; n++)
        {
            if (n == skip) continue;
            var note = n == 9 || (n == 8 && fundNote) ? "注：本单位无" + (n == 8 ? "政府性基金" : "国有资本经营") + "预算财政拨款收入和支出，故本表无数据。" : null;
            var cells = n == 8 || n == 9 ? System.Array.Empty<Fig>() : new[] { Cell("合计", "决算数", "本年支出合计", "决算", "100.00") };
            items.Add(new TableSpec("表" + n, titles[n - 1], Wan, cells) { EmptyNote = note });
        }
        return items.ToArray();
    }

    private static Item[] ThreePublicTable(bool printActual) => new Item[]
    {
        new TableSpec("表7", "财政拨款“三公”经费支出决算表", Wan, printActual
            ? new[] { Cell("合计", "预算数", "三公经费", "年初预算", "4.00", scope: Appropriation), Cell("合计", "决算数", "三公经费", "决算", "3.50", scope: Appropriation) }
            : new[] { Cell("合计", "预算数", "三公经费", "年初预算", "4.00", scope: Appropriation) }),
        Statement("2.8-1", "八、财政拨款“三公”经费支出决算情况说明", F("三公经费", "决算", "3.50", scope: Appropriation)),
    };

    private static Item[] SlipPair(string narrative) => new Item[]
    {
        Table("表9", "财政拨款“三公”经费支出决算表", Cell("合计", "决算数", "三公经费", "决算", "37.85")),
        Statement("2.8-1", "八、财政拨款“三公”经费支出决算情况说明", F("三公经费", "决算", narrative)),
    };

    private static Item[] TitledTable(string title) => new Item[]
    {
        Table("表1", title, Cell("本年收入合计", "决算数", "本年收入合计", "决算", "2933.89")),
    };

    private static Item[] BudgetTwice(string budget) => new Item[]
    {
        Statement("2.7-1", "七、一般公共预算财政拨款项目支出决算情况说明", F("项目支出", "决算", "1900.00"), F("项目支出", "较年初预算增减", "400.00")),
        Statement("2.7-2", "七、一般公共预算财政拨款项目支出决算情况说明", F("项目支出", "年初预算", budget)),
    };

    private static Item[] AppropriationBudget(string generalBudget) => new Item[]
    {
        Statement("2.4-1", "四、财政拨款收入支出决算总体情况说明", F("财政拨款收入支出总计", "决算", "2931.85"), F("财政拨款收入支出总计", "较年初预算增减", "-925.68")),
        Statement("2.5-1", "五、一般公共预算财政拨款支出决算情况说明", F("一般公共预算财政拨款支出", "决算", "2931.85"), F("一般公共预算财政拨款支出", "年初预算", generalBudget)),
        Statement("2.9-1", "九、政府性基金预算财政拨款收入支出决算情况说明", F("政府性基金预算财政拨款支出", "决算", "0")),
        Statement("2.10-1", "十、国有资本经营预算财政拨款支出决算情况说明", F("国有资本经营预算财政拨款支出", "决算", "0")),
    };

    private static Item[] ThreePublicShares(string abroad, string cars, string receptions) => new Item[]
    {
        Statement("2.8-2", "八、财政拨款“三公”经费支出决算情况说明",
            F("因公出国（境）费", "占比", abroad, Pct, of: ("三公经费", "决算")),
            F("公务用车购置及运行维护费", "占比", cars, Pct, of: ("三公经费", "决算")),
            F("公务接待费", "占比", receptions, Pct, of: ("三公经费", "决算"))),
    };

    private static Item[] Share(string part, string whole, string share, string partConcept, string wholeConcept) => new Item[]
    {
        Statement("2.3-1", F(wholeConcept, "决算", whole)),
        Statement("2.3-2", F(partConcept, "决算", part), F(partConcept, "占比", share, Pct, of: (wholeConcept, "决算"))),
    };

    private static Item[] Change(string id, string concept, string? scope, string baseBasis, string rateBasis, string actual, string baseline, string rate) => new Item[]
    {
        Statement(id, F(concept, "决算", actual, scope: scope), F(concept, baseBasis, baseline, scope: scope), F(concept, rateBasis, rate, Pct, scope: scope)),
    };

    private static Item[] ChangeFromDifference(string id, string concept, string actual, string change, string rate) => new Item[]
    {
        Statement(id, F(concept, "决算", actual), F(concept, "较上年决算增减", change), F(concept, "较上年决算增减率", rate, Pct)),
    };

    private static Item[] ExecutionLine(string basis, string value, string unit) => new Item[]
    {
        Budget,
        Statement("B.1.3", F("一般公共预算财政拨款支出", "预算", "88.87"), F("一般公共预算财政拨款支出", "上年执行数", "60.79"), F("一般公共预算财政拨款支出", basis, value, unit)),
    };

    private static Item[] LevelLine(string budget) => new Item[]
    {
        Budget,
        new StatementSpec("B.1.10", new[] { F("一般公共预算财政拨款支出", "预算", budget), F("一般公共预算财政拨款支出", "上年执行数", "10.00") })
        {
            Section = "预算编制说明",
            Words = "2023年当年预算执行数为10.00万元，2024年预算安排" + budget + "万元，比2023年预算执行数持平。",
        },
    };

    private static Item[] BudgetDifference(string change) => new Item[]
    {
        Budget,
        Statement("B.1-1", F("财政拨款收入", "预算", "18976.76"), F("财政拨款收入", "上年预算", "15621.11"), F("财政拨款收入", "较上年预算增减", change)),
    };

    private static Item[] BudgetRate(string rate) => new Item[]
    {
        Budget,
        Statement("B.1-2", F("支出总计", "预算", "100.01"), F("支出总计", "上年预算", "80.00"), F("支出总计", "较上年预算增减率", rate, Pct)),
    };

    /// <summary>A 预算 table (收支预算总表 or 收入预算表) whose row <paramref name="id"/>'s total and parts stand in one table: parts the table leaves blank count as 0.</summary>
    private static RuleExample BudgetSum(string ruleId, string id, string total, string consistent, string rounding, string broken,
        decimal exact, params (string Concept, string Value)[] parts)
    {
        Item[] Report(string value) => new Item[]
        {
            Budget,
            Table("表1", "2025年部门收支预算总表", new[] { Cell(total, "预算数", total, "预算", value) }
                .Concat(parts.Select(p => Cell(p.Concept, "预算数", p.Concept, "预算", p.Value))).ToArray()),
        };
        return new RuleExample(ruleId)
        {
            Consistent = () => Report(consistent),
            Rounding = () => Report(rounding),
            RoundingValue = rounding,
            Broken = () => Report(broken),
            BrokenValue = broken,
            BrokenStatementId = "表1",
            BrokenRow = total,
            BrokenExact = exact,
        };
    }

    private static Item[] Difference(string id, string concept, string baseBasis, string changeBasis, string actual, string baseline, string change) => new Item[]
    {
        Statement(id, F(concept, "决算", actual), F(concept, baseBasis, baseline), F(concept, changeBasis, change)),
    };

    private static Item[] TableAndSentence(string sentenceValue) => new Item[]
    {
        Table("财决01", "收入支出决算总表", Cell("本年支出合计", "决算数", "本年支出合计", "决算", "2934.72")),
        Statement("2.3-1", "三、支出决算情况说明", F("本年支出合计", "决算", sentenceValue)),
    };

    public const string SocialSecurity = "社会保障和就业支出";
    public const string HrAffairs = SocialSecurity + "/人力资源和社会保障管理事务";
    public const string Pensions = SocialSecurity + "/行政事业单位养老支出";

    public static Item[] FunctionTable(string classTotal) => new Item[]
    {
        Table("财决08", "一般公共预算财政拨款支出决算表",
            Cell("208 社会保障和就业支出", "决算数", "一般公共预算财政拨款支出", "决算", classTotal, SocialSecurity, "208"),
            Cell("20801 人力资源和社会保障管理事务", "决算数", "一般公共预算财政拨款支出", "决算", "1001.92", HrAffairs, "20801"),
            Cell("2080101 行政运行", "决算数", "一般公共预算财政拨款支出", "决算", "815.07", HrAffairs + "/行政运行", "2080101"),
            Cell("2080102 一般行政管理事务", "决算数", "一般公共预算财政拨款支出", "决算", "186.85", HrAffairs + "/一般行政管理事务", "2080102"),
            Cell("20805 行政事业单位养老支出", "决算数", "一般公共预算财政拨款支出", "决算", "127.79", Pensions, "20805"),
            Cell("2080501 行政单位离退休", "决算数", "一般公共预算财政拨款支出", "决算", "40.89", Pensions + "/行政单位离退休", "2080501"),
            Cell("2080505 机关事业单位基本养老保险缴费支出", "决算数", "一般公共预算财政拨款支出", "决算", "86.90", Pensions + "/机关事业单位基本养老保险缴费支出", "2080505")),
    };

    private static Item[] EconomicTable(string classTotal) => new Item[]
    {
        Table("财决05", "一般公共预算财政拨款基本支出决算表",
            Cell("301 工资福利支出", "决算数", "工资福利支出", "决算", classTotal, code: "301", scope: "一般公共预算财政拨款基本支出"),
            Cell("30101 基本工资", "决算数", "基本工资", "决算", "101.04", code: "30101", scope: "一般公共预算财政拨款基本支出"),
            Cell("30102 津贴补贴", "决算数", "津贴补贴", "决算", "260.79", code: "30102", scope: "一般公共预算财政拨款基本支出"),
            Cell("30103 奖金", "决算数", "奖金", "决算", "86.10", code: "30103", scope: "一般公共预算财政拨款基本支出")),
    };

    private static Item[] Sme(string total, string goods, string works, string services) => new Item[]
    {
        Statement("2.12-1", "十二、政府采购支出决算情况说明",
            F("政府采购货物支出", "决算", "36.24"), F("政府采购工程支出", "决算", "0.00"), F("政府采购服务支出", "决算", "9.41")),
        Statement("2.12-2", "十二、政府采购支出决算情况说明",
            F("授予中小企业合同金额", "决算", total),
            F("货物采购授予中小企业合同金额", "占比", goods, Pct),
            F("工程采购授予中小企业合同金额", "占比", works, Pct),
            F("服务采购授予中小企业合同金额", "占比", services, Pct)),
    };

    private static Item[] NaturalResourcesRow(string row) => new Item[]
    {
        Table("财决08", "一般公共预算财政拨款支出决算表",
            Cell(row, "决算数", "一般公共预算财政拨款支出", "决算", "12.00", path: "自然资源海洋气象等支出/自然资源事务/其他自然资源事务支出", code: "2200199")),
    };

    private static Item[] CodedLine(string code) => new Item[]
    {
        Statement("2.5-2", "五、一般公共预算财政拨款支出决算情况说明",
            F("一般公共预算财政拨款支出", "决算", "815.07", path: HrAffairs + "/行政运行", code: code)),
    };
}
