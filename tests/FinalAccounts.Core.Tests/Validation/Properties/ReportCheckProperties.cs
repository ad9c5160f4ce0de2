using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FinalAccounts.Money;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// Laws of <see cref="ReportChecker"/> on reports generated from exact accounts and published as publishers round
/// (see <see cref="Publisher"/>), written to the report file format and read back with <see cref="ReportReader"/>.
public class ReportCheckProperties
{
    /// Rules that relate amounts through a printed percentage: their tolerance is the percentage's rounding, not the amounts'.
    private static readonly HashSet<string> s_rateRules = new(StringComparer.Ordinal) { "FA1020", "FA1021", "FA1022", "FA1023", "FA1024", "FA1061" };

    private static readonly HashSet<string> s_wordRules = new(StringComparer.Ordinal) { "FA1130", "FA1131" };

    private static CheckReport Check(PublishedReport published) => ReportChecker.Check(published.Read());

    private static string Show(IEnumerable<Finding> findings) =>
        string.Join(Environment.NewLine, findings.Select(f => f.RuleId + " " + f.Severity + " " + f.Location.JsonPath + " " + f.MessageEn));

    private static void AssertClean(CheckReport check, PublishedReport published)
    {
        var loud = check.Findings.Where(f => f.Severity != Severity.Info).ToList();
        if (loud.Count > 0) Assert.Fail("A correctly rounded report has findings above info:" + Environment.NewLine + Show(loud) + Environment.NewLine + published.ToJson());
    }

    /// The figure moved to a value no rounding explains: by <paramref name="cents"/> (分), or for a part of a partial list
    /// (主要包括…等, which may fall short of its total) upwards by more than the true shortfall.
    private static string Moved(PubFigure figure, long cents, CurrencyUnit unit)
    {
        if (figure.PartialSlack >= 0) cents = figure.PartialSlack + Math.Abs(cents);
        // A difference printed without direction (相差) is never below 0: it moves up.
        if (ReportVocabulary.UnsignedDifferenceBase(figure.Basis) != null) cents = Math.Abs(cents);
        decimal delta = unit == CurrencyUnit.WanYuan ? cents / (decimal)ExactAccounts.Wan : cents / 100m;
        return PublishedReport.Format(decimal.Parse(figure.Value, CultureInfo.InvariantCulture) + delta, 2);
    }

    private static IEnumerable<Finding> Touching(CheckReport check, string path) =>
        check.Findings.Where(f => f.Severity == Severity.Error && (f.Location.JsonPath == path || f.Inputs.Any(i => i.Location.JsonPath == path)));

    private static CheckReport CheckMoved(PublishedReport published, PubFigure figure, long cents, out string path)
    {
        string original = figure.Value;
        figure.Value = Moved(figure, cents, published.Unit);
        try
        {
            var report = published.Read(out var paths);
            path = paths[figure];
            return ReportChecker.Check(report);
        }
        finally
        {
            figure.Value = original;
        }
    }

    [Property]
    public Property A_correctly_rounded_report_never_yields_an_error() =>
        Prop.ForAll(ReportGen.Arbitrary(), spec =>
        {
            var published = Publisher.Publish(spec);
            AssertClean(Check(published), published);
        });

    private static readonly Gen<PrintPrecision> Precisions =
        from tables in Gen.Choose(0, 2)
        from narrative in Gen.Choose(0, 2)
        from threePublic in Gen.Choose(0, 2)
        from trimTables in Gen.Elements(true, false)
        select new PrintPrecision(tables, narrative, threePublic, trimTables);

    /// Law (issue 13, point 9): rounding every amount to whole 万元 or one decimal — the whole report, only the 说明, only a
    /// section — or dropping trailing zeros in a table never turns a true figure into an error: each figure is read at the
    /// precision it is printed with (or, for a copy with its trailing zeros dropped, at its original's).
    [Property]
    public Property A_report_published_at_0_1_or_2_decimals_never_yields_an_error()
    {
        var cases = ReportGen.Specs.SelectMany(_ => Precisions, (spec, precision) => (spec, precision));
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var published = Publisher.Publish(c.spec, c.precision);
            var loud = Check(published).Findings.Where(f => f.Severity != Severity.Info).ToList();
            if (loud.Count > 0) Assert.Fail("Published at " + c.precision + ", a correct report has findings above info:" + Environment.NewLine + Show(loud));
        });
    }

    /// Law (issue 13, point 1): the shares of a complete breakdown (基本支出 and 项目支出 of 本年支出合计, 其中) must make 100%;
    /// moving one by 2 to 20 points — more than two shares at 0 decimals (±0.5 each) can hide — is an FA1100 error in its sentence.
    [Property]
    public Property Moving_a_share_of_a_complete_breakdown_is_caught_by_the_share_sum()
    {
        var cases = ReportGen.Specs
            .SelectMany(_ => Gen.Choose(2, 20).SelectMany(m => Gen.Elements(m, -m)), (spec, points) => (spec, points))
            .SelectMany(_ => Gen.Elements("基本支出", "项目支出"), (c, concept) => (c.spec, c.points, concept));
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var published = Publisher.Publish(c.spec);
            var statement = published.Statements.Single(s => s.Id == "2.3-1");
            var share = statement.Figures.SingleOrDefault(f => f.Concept == c.concept && f.Basis == "占比");
            if (share == null) return; // no base to state shares over
            string original = share.Value;
            int decimals = original.Contains('.') ? original.Length - original.IndexOf('.') - 1 : 0;
            share.Value = PublishedReport.Format(decimal.Parse(original, CultureInfo.InvariantCulture) + c.points, decimals);
            var check = Check(published);
            share.Value = original;
            if (!check.Findings.Any(f => f.RuleId == "FA1100" && f.Severity == Severity.Error && f.Location.StatementId == "2.3-1"))
                Assert.Fail("Moving the share " + c.concept + " " + original + "% by " + c.points + " points made no FA1100 error in 2.3-1:" + Environment.NewLine + Show(check.Findings));
        });
    }

    /// Law (issue 13, point 6): a template placeholder or a year-end date of another year planted in any sentence is
    /// reported (FA1120 error, FA1121 warning) at that sentence.
    [Property]
    public Property A_planted_placeholder_or_year_is_always_caught_and_located()
    {
        var plants = new[] { ("XX局", "FA1120"), ("××", "FA1120"), ("某某", "FA1120"), ("（单位名称）", "FA1120"), ("此处填写", "FA1120"),
            ("20XX年", "FA1120"), ("……年", "FA1120"), ("...年", "FA1120"), ("ＸＸ单位", "FA1120"), ("截至2019年12月31日", "FA1121"), ("截止2025年12月31日", "FA1121") };
        var cases = ReportGen.Specs
            .SelectMany(_ => Gen.Choose(0, int.MaxValue), (spec, pick) => (spec, pick))
            .SelectMany(_ => Gen.Elements(plants), (c, plant) => (c.spec, c.pick, plant));
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var published = Publisher.Publish(c.spec);
            var statement = published.Statements[c.pick % published.Statements.Count];
            statement.Extra = "另：" + c.plant.Item1 + "。";
            var check = Check(published);
            var expected = c.plant.Item2 == "FA1120" ? Severity.Error : Severity.Warning;
            if (!check.Findings.Any(f => f.RuleId == c.plant.Item2 && f.Severity == expected && f.Location.StatementId == statement.Id))
                Assert.Fail("Planting " + c.plant.Item1 + " in " + statement.Id + " made no " + c.plant.Item2 + " there:" + Environment.NewLine + Show(check.Findings));
        });
    }

    /// Law (issue 13, point 5): the generator words each 项 "决算数大于/小于预算数" from the printed figures; flipping the word
    /// where both are printed at 2 decimals and differ is an FA1130 error at that sentence.
    [Property]
    public Property A_flipped_comparison_word_is_always_caught_and_located()
    {
        var cases = ReportGen.Specs.SelectMany(_ => Gen.Choose(0, int.MaxValue), (spec, pick) => (spec, pick));
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var published = Publisher.Publish(c.spec);
            static bool TwoPlaces(PubFigure f) => f.Value.Contains('.') && f.Value.Length - f.Value.IndexOf('.') == 3;
            var worded = published.Statements
                .Where(s => s.Extra.Contains("于预算数") && s.Figures.Where(f => f.IsMoney).All(TwoPlaces))
                .ToList();
            if (worded.Count == 0) return;
            var statement = worded[c.pick % worded.Count];
            string original = statement.Extra;
            statement.Extra = original.Contains("大于") ? original.Replace("大于", "小于") : original.Replace("小于", "大于");
            var check = Check(published);
            statement.Extra = original;
            if (!check.Findings.Any(f => f.RuleId == "FA1130" && f.Severity == Severity.Error && f.Location.StatementId == statement.Id))
                Assert.Fail("Flipping the word in " + statement.Id + " made no FA1130 error there:" + Environment.NewLine + Show(check.Findings));
        });
    }

    [Property]
    public Property Moving_one_figure_beyond_rounding_is_always_caught_and_located()
    {
        // 1.00 to 50.00 万元 either way: beyond the rounding and truncation slack of every sum the figure takes part in.
        var cases = ReportGen.Specs
            .SelectMany(_ => Gen.Choose(0, int.MaxValue), (spec, pick) => (spec, pick))
            .SelectMany(_ => Gen.Choose(100, 5000).SelectMany(m => Gen.Elements(m, -m)), (c, hundredths) => (c.spec, c.pick, cents: hundredths * ExactAccounts.Wan / 100));
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var published = Publisher.Publish(c.spec);
            var money = published.Figures.Where(f => f.IsMoney).ToList();
            var figure = money[c.pick % money.Count];
            var check = CheckMoved(published, figure, c.cents, out var path);
            if (!Touching(check, path).Any())
            {
                Assert.Fail("Moving " + figure + " at " + path + " by " + c.cents + " 分 made no error there. Findings:" + Environment.NewLine + Show(check.Findings));
            }
        });
    }

    [Property]
    public Property A_complete_breakdown_is_checked_against_the_figure_its_own_statement_states()
    {
        // 其中/包括/一是…二是 name a figure of their own statement (seeds/schema/README.md, Explanations): when that figure is
        // wrong, FA1010 must say so about it, also when the parts are references to later statements.
        var cases = ReportGen.Specs
            .SelectMany(_ => Gen.Choose(0, int.MaxValue), (spec, pick) => (spec, pick))
            .SelectMany(_ => Gen.Choose(100, 5000).SelectMany(m => Gen.Elements(m, -m)), (c, hundredths) => (c.spec, c.pick, cents: hundredths * ExactAccounts.Wan / 100));
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var published = Publisher.Publish(c.spec);
            var explained = published.Statements
                .SelectMany(s => s.Explanations.Where(x => !x.Partial)
                    .Select(x => s.Figures.FirstOrDefault(f => f.Concept == x.Concept && f.Basis == x.Basis && f.Scope == x.Scope && f.FunctionPath == x.FunctionPath)))
                .Where(f => f != null && f.IsMoney) // count breakdowns are FA1150's (CountRuleProperties)
                .Select(f => f!)
                .ToList();
            var figure = explained[c.pick % explained.Count];
            var check = CheckMoved(published, figure, c.cents, out var path);
            if (!check.Findings.Any(f => f.RuleId == "FA1010" && f.Severity == Severity.Error && f.Location.JsonPath == path))
            {
                Assert.Fail("Moving the explained " + figure + " at " + path + " made no FA1010 error about it. Findings:" + Environment.NewLine + Show(check.Findings));
            }
        });
    }

    /// What a finding is about, independent of where the figures stand: the figures by key and value, not by path.
    private static string Identity(StatedFigure f) => f.Key + "=" + (f.IsMoney ? RuleContext.AmountOf(f).Value.ToString("0.##########", CultureInfo.InvariantCulture) : f.Value);

    private static List<string> Signature(CheckReport check) => check.Findings
        .Select(f => f.RuleId + " " + f.Severity + " " + Identity(f.Stated) + " ← " + string.Join(" + ", f.Inputs.Select(Identity).OrderBy(s => s, StringComparer.Ordinal)))
        .OrderBy(s => s, StringComparer.Ordinal)
        .ToList();

    /// The multiset difference a − b.
    private static List<string> Except(List<string> a, List<string> b)
    {
        var rest = b.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var only = new List<string>();
        foreach (var x in a)
        {
            if (rest.TryGetValue(x, out int n) && n > 0) rest[x] = n - 1;
            else only.Add(x);
        }
        return only;
    }

    [Property]
    public Property Findings_do_not_depend_on_the_order_of_rows()
    {
        var cases = ReportGen.Specs.SelectMany(_ => Gen.Choose(0, int.MaxValue), (spec, seed) => (spec, seed));
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var published = Publisher.Publish(c.spec);
            var shuffled = published.Shuffled(c.seed);
            var before = Signature(Check(published));
            var after = Signature(Check(shuffled));
            if (!before.SequenceEqual(after))
            {
                Assert.Fail("Findings changed with the order. Only before:" + Environment.NewLine + string.Join(Environment.NewLine, Except(before, after)) +
                    Environment.NewLine + "Only after:" + Environment.NewLine + string.Join(Environment.NewLine, Except(after, before)));
            }
        });
    }

    [Property]
    public Property Yuan_and_wanyuan_publications_are_both_clean_and_flag_a_moved_figure_under_the_same_money_rules()
    {
        var cases = ReportGen.Specs.SelectMany(_ => Gen.Choose(0, int.MaxValue), (spec, pick) => (spec, pick));
        return Prop.ForAll(Arb.From(cases), c =>
        {
            // Untrimmed narratives: FigureLookup.IsRepeat skips a copy printed with the same text, and whether "1234.50" is cut
            // to "1234.5" depends on digits that differ between the units, which would change which copies are checked.
            var wan = Publisher.Publish(c.spec, CurrencyUnit.WanYuan, trimNarrative: false);
            var yuan = Publisher.Publish(c.spec, CurrencyUnit.Yuan, trimNarrative: false);
            AssertClean(Check(wan), wan);
            AssertClean(Check(yuan), yuan);
            var wanMoney = wan.Figures.Where(f => f.IsMoney).ToList();
            var yuanMoney = yuan.Figures.Where(f => f.IsMoney).ToList();
            Assert.Equal(wanMoney.Select(f => f.ToString().Split(' ')[0]), yuanMoney.Select(f => f.ToString().Split(' ')[0]));
            int i = c.pick % wanMoney.Count;
            long fiveWan = 5 * ExactAccounts.Wan;
            var inWan = CheckMoved(wan, wanMoney[i], fiveWan, out var wanPath);
            var inYuan = CheckMoved(yuan, yuanMoney[i], fiveWan, out var yuanPath);
            // The comparison words are not the same text in both: where 决算 and 预算 differ by less than half a 万元 digit, the
            // 元 print says 大于/小于 and the 万元 print, whose figures are equal, says 持平 — so moving the 预算 breaks an FA1130
            // claim in one and only an FA1131 warning in the other (seed 5685510385302726153,9550944853089397427: 4,847,122.27
            // against 4,847,050.00 元, both 484.71万元). Those rules judge the words, not the money, and stay out of this law.
            var wanRules = Touching(inWan, wanPath).Select(f => f.RuleId).Where(r => !s_rateRules.Contains(r) && !s_wordRules.Contains(r)).Distinct().OrderBy(r => r).ToList();
            var yuanRules = Touching(inYuan, yuanPath).Select(f => f.RuleId).Where(r => !s_rateRules.Contains(r) && !s_wordRules.Contains(r)).Distinct().OrderBy(r => r).ToList();
            Assert.NotEmpty(wanRules);
            Assert.Equal(wanRules, yuanRules);
        });
    }

    [Property]
    public Property Every_rule_runs_on_a_full_report() =>
        Prop.ForAll(ReportGen.Arbitrary(), spec =>
        {
            // FA1111 needs a premise the generated accounts do not state (政府性基金 and 国有资本经营 财政拨款 printed as 0 beside a
            // 财政拨款 total's 年初预算); FA1131 runs only where a 项's printed 决算 equals its 预算 ("持平"). Examples cover both.
            // The 预算-only rules (FA1200–FA1204) are listed as not run on a 决算: they do not apply to its kind.
            // FA1203 (财政拨款收入 = Σ its kinds) needs a 财政拨款收入 line the generated accounts do not print; ReportKindTests covers it.
            // FA1182 needs a report with no 政府性基金 (some specs have one) and FA1183 a nonzero 三公 part; NewFamilyProperties
            // covers both on the reports that have them.
            var premised = new[] { "FA1111", "FA1131", "FA1203", "FA1182", "FA1183" }
                .Concat(RuleCatalog.Rules.Where(r => !r.Descriptor.AppliesTo(FinalAccounts.Reports.ReportKind.FinalAccounts)).Select(r => r.Descriptor.Id)).ToArray();
            var check = Check(Publisher.Publish(spec));
            Assert.Contains("FA1111", check.RulesNotRun.Select(r => r.Rule.Id));
            Assert.Empty(check.RulesNotRun.Select(r => r.Rule.Id).Except(premised));
            Assert.Empty(RuleCatalog.Rules.Select(r => r.Descriptor.Id).Except(premised).Except(check.RulesRun.Select(r => r.Id)));
        });

    private static List<string> Exactly(CheckReport check) => check.Findings
        .Select(f => f.RuleId + " " + f.Outcome + " " + f.Location.JsonPath + " " + f.Result + " " + f.Message)
        .ToList();

    [Property]
    public Property Checking_is_deterministic()
    {
        var cases = ReportGen.Specs.SelectMany(_ => Gen.Choose(0, int.MaxValue), (spec, pick) => (spec, pick));
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var published = Publisher.Publish(c.spec);
            var money = published.Figures.Where(f => f.IsMoney).ToList();
            var figure = money[c.pick % money.Count];
            string original = figure.Value;
            figure.Value = Moved(figure, ExactAccounts.Wan, published.Unit);
            var report = published.Read();
            var first = ReportChecker.Check(report);
            var second = ReportChecker.Check(report);
            var reread = ReportChecker.Check(published.Read());
            figure.Value = original;
            Assert.Equal(Exactly(first), Exactly(second));
            Assert.Equal(Exactly(first), Exactly(reread));
            Assert.Equal(first.ChecksRun, reread.ChecksRun);
        });
    }
}
