using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static FinalAccounts.Core.Tests.Scoring.PrintedTables;

namespace FinalAccounts.Core.Tests.Scoring;

/// Issue 15: 绩效自评表 generated under each template as a unit would print them (funds block with 其中 rows, printed 一级
/// weights, scores by the policy), read back through ReportReader and checked. Each property names its law.
public sealed class PrintedTemplateProperties
{
    /// One printed table: funds rows (name, 年初, 全年, 执行, 分值, 执行率, 得分) and indicator rows, then 总分.
    private sealed record Table(ScoringPolicy Policy, List<string?[]> Funds, List<string?[]> Rows, string TotalScore)
    {
        // Indicator row cells: 0 level1, 1 level2, 2 level3, 3 nature, 4 direction, 5 target, 6 actual, 7 unit, 8 weight, 9 score, 10 deviation.
        public string Json(int skipFirst = 0, int skipLast = 0)
        {
            var cut = (skipFirst > 0 ? 1 : 0) | (skipLast > 0 ? 2 : 0);
            var rows = Rows.Skip(skipFirst).Take(Rows.Count - skipFirst - skipLast)
                .Select(r => Indicator(r[0]!, r[1]!, r[2]!, r[3]!, r[4], r[5]!, r[6]!, r[7], r[8]!, r[9]!, r[10]));
            var funds = skipFirst > 0 ? null : Funds.Select(f => Row(f[0]!, f[1], f[2], f[3], f[4], f[5], f[6]));
            var total = skipLast > 0 ? null : "100";
            return Evaluation(funds, rows, total, skipLast > 0 ? null : TotalScore, cut switch { 1 => "start", 2 => "end", 3 => "both", _ => null });
        }

        public Table Copy() => this with { Funds = Funds.Select(f => (string?[])f.Clone()).ToList(), Rows = Rows.Select(r => (string?[])r.Clone()).ToList() };
    }

    private static string P(decimal d) => d.ToString("0.00", CultureInfo.InvariantCulture);

    private static readonly ScoringPolicy[] s_policies = { ScoringPolicy.National, ScoringPolicy.NationalRatio, ScoringPolicy.NationalZeroOvershoot, ScoringPolicy.Sichuan, ScoringPolicy.Yunnan };

    private static readonly Gen<decimal[]> Parts = Gen.Choose(100, 5_000_000).Select(i => i / 100m).ArrayOf().Where(a => a.Length >= 1 && a.Length <= 3);

    private static Gen<Table> Tables() =>
        from policy in Gen.Elements(s_policies)
        from budgets in Parts
        from spent in Gen.Choose(0, 120).ArrayOf(budgets.Length)
        from split in Gen.Choose(10, 70)
        from counts in Gen.Choose(1, 3).ArrayOf(3)
        from dirs in Gen.Elements(IndicatorDirection.AtLeast, IndicatorDirection.AtMost, IndicatorDirection.Exactly).ArrayOf(9)
        from targets in Gen.Choose(1, 100_000).Select(i => i / 100m).ArrayOf(9)
        from actuals in Gen.Choose(0, 200_000).Select(i => i / 100m).ArrayOf(9)
        select Build(policy, budgets, spent, split, counts, dirs, targets, actuals);

    private static Table Build(ScoringPolicy policy, decimal[] budgets, int[] spent, int split, int[] counts, IndicatorDirection[] dirs, decimal[] targets, decimal[] actuals)
    {
        var t = policy.Weights;
        var executionWeight = t.ExecutionWeight;
        // 其中 rows 本年财政拨款 / 上年结转资金 / 其他资金, executed = budget × spent% (to the 分); 年度资金总额 = their sums.
        var names = new[] { "其中：本年财政拨款", "上年结转资金", "其他资金" };
        var executed = budgets.Select((b, i) => decimal.Round(b * spent[i] / 100m, 2, MidpointRounding.AwayFromZero)).ToArray();
        decimal budget = budgets.Sum(), spentTotal = executed.Sum();
        var rate = spentTotal / budget * 100m;
        var executionScore = policy.Round(policy.ScoreExecution(rate, executionWeight), executionWeight);
        var funds = new List<string?[]> { new[] { "年度资金总额", P(budget), P(budget), P(spentTotal), P(executionWeight), P(decimal.Round(rate, 2, MidpointRounding.AwayFromZero)), P(executionScore) } };
        for (var i = 0; i < budgets.Length; i++)
        {
            funds.Add(new[] { names[i], P(budgets[i]), P(budgets[i]), P(executed[i]), null, P(decimal.Round(executed[i] / budgets[i] * 100m, 2, MidpointRounding.AwayFromZero)), null });
        }
        // Blocks: the template's fixed 一级 weights, else 产出 split / 效益 the rest of the template's indicator total.
        var blocks = t.Level1Weights.Count > 0 ? t.Level1Weights.ToList()
            : new List<KeyValuePair<string, decimal>> { new("产出指标", split), new("效益指标", t.IndicatorTotal - split) };
        var rows = new List<string?[]>();
        decimal total = executionScore;
        var k = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            var n = (int)Math.Min(counts[b % counts.Length], blocks[b].Value);
            var each = decimal.Floor(blocks[b].Value / n);
            for (var j = 0; j < n; j++, k++)
            {
                var weight = j == n - 1 ? blocks[b].Value - (each * (n - 1)) : each;
                var d = dirs[k % dirs.Length];
                var target = targets[k % targets.Length];
                var actual = actuals[k % actuals.Length];
                var score = policy.Round(policy.ScoreQuantitative(d, target, actual, weight), weight);
                total += score;
                var met = d == IndicatorDirection.AtLeast ? actual >= target : d == IndicatorDirection.AtMost ? actual <= target : actual == target;
                rows.Add(new[]
                {
                    j == 0 ? blocks[b].Key + "(" + blocks[b].Value.ToString(CultureInfo.InvariantCulture) + "分)" : blocks[b].Key, "数量指标", "指标" + k,
                    d == IndicatorDirection.AtMost ? "反向" : "正向", d == IndicatorDirection.AtLeast ? "大于等于" : d == IndicatorDirection.AtMost ? "小于等于" : "等于",
                    P(target), P(actual), "个", weight.ToString(CultureInfo.InvariantCulture), P(score), met ? null : "客观原因",
                });
            }
        }
        return new Table(policy, funds, rows, P(total));
    }

    private static IReadOnlyList<Finding> Accused(string json, ScoringPolicy policy) => Accusations(json, policy);

    [Property(MaxTest = 60)]
    public Property A_table_generated_under_a_template_and_scored_by_its_policy_verifies_with_no_finding()
        => Prop.ForAll(Tables().ToArbitrary(), t =>
        {
            var json = t.Json();
            var found = Accused(json, t.Policy);
            var e = Read(json);
            return (found.Count == 0 && WeightTemplate.Infer(e, new[] { t.Policy.Weights }) == t.Policy.Weights)
                .Label(t.Policy.Id + ": " + string.Join(" | ", found.Select(f => f.RuleId + " " + f.Message)));
        });

    /// The cells a unit fills in, each as (where in the table, JSON path suffix).
    private static readonly (string Kind, int Column)[] s_cells =
    {
        ("funds", 1), ("funds", 2), ("funds", 3), ("funds", 5), ("funds", 6), ("row", 0), ("row", 8), ("row", 9), ("total", 0),
    };

    [Property(MaxTest = 60)]
    public Property Any_single_cell_changed_beyond_rounding_is_caught_and_located()
        => Prop.ForAll((from t in Tables() from c in Gen.Elements(s_cells) from which in Gen.Choose(0, 100) from delta in Gen.Choose(1, 5000) select (t, c, which, delta)).ToArbitrary(), x =>
        {
            var t = x.t.Copy();
            string field, at;
            var delta = x.delta / 100m + 0.5m;   // ≥ 0.51: far beyond the 0.005 a printed 2-decimal figure may stand for
            decimal Bump(string v) => decimal.Parse(v, CultureInfo.InvariantCulture) + delta;
            if (x.c.Kind == "funds")
            {
                var r = x.which % t.Funds.Count;
                var row = t.Funds[r];
                if (row[x.c.Column] == null) row = t.Funds[r = 0];
                row[x.c.Column] = P(Bump(row[x.c.Column]!));
                field = new[] { "", "initialBudget", "fullYearBudget", "executed", "weight", "executionRate", "score" }[x.c.Column];
                at = ".funds.rows[" + r + "]." + field;
            }
            else if (x.c.Kind == "row")
            {
                // 0: a printed 一级 weight ("产出指标(50分)" → 51分); 8: an indicator's 分值 (+1); 9: its 得分.
                var blockStarts = t.Rows.Select((row, i) => (row, i)).Where(p => p.row[0]!.Contains('(')).Select(p => p.i).ToList();
                var r = x.c.Column == 0 ? blockStarts[x.which % blockStarts.Count] : x.which % t.Rows.Count;
                var row = t.Rows[r];
                if (x.c.Column == 0)
                {
                    var open = row[0]!.IndexOf('(');
                    var w = decimal.Parse(row[0]!.Substring(open + 1, row[0]!.Length - open - 3), CultureInfo.InvariantCulture);
                    row[0] = row[0]!.Substring(0, open) + "(" + (w + 1m).ToString(CultureInfo.InvariantCulture) + "分)";
                    at = ".indicators[" + r + "].level1";
                }
                else if (x.c.Column == 8)
                {
                    row[8] = (decimal.Parse(row[8]!, CultureInfo.InvariantCulture) + 1m).ToString(CultureInfo.InvariantCulture);
                    at = ".indicators[" + r + "].weight";
                }
                else
                {
                    row[9] = P(Bump(row[9]!));
                    at = ".indicators[" + r + "].score";
                }
            }
            else
            {
                t = t with { TotalScore = P(Bump(t.TotalScore)) };
                at = ".total.score";
            }
            var found = Accused(t.Json(), t.Policy);
            var located = found.Any(f => f.Stated.Location.JsonPath.EndsWith(at, StringComparison.Ordinal)
                || f.Inputs.Any(i => i.Location.JsonPath.EndsWith(at, StringComparison.Ordinal)));
            return located.Label(t.Policy.Id + " changed " + at + ": " + string.Join(" | ", found.Select(f => f.RuleId + " " + f.Stated.Location.JsonPath)));
        });

    [Property(MaxTest = 60)]
    public Property Rows_removed_by_a_not_obtained_cut_never_produce_a_weight_or_total_finding()
        => Prop.ForAll((from t in Tables() from first in Gen.Choose(0, 3) from last in Gen.Choose(0, 3) where first + last > 0 select (t, first, last)).ToArbitrary(), x =>
        {
            var first = Math.Min(x.first, x.t.Rows.Count - 1);
            var last = Math.Min(x.last, x.t.Rows.Count - 1 - first);
            if (first + last == 0) return true.Label("nothing cut");
            var found = Accused(x.t.Json(first, last), x.t.Policy);
            return (found.Count == 0).Label(x.t.Policy.Id + " cut " + first + "/" + last + ": " + string.Join(" | ", found.Select(f => f.RuleId + " " + f.Message)));
        });
}
