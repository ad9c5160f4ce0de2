using System;
using System.Globalization;
using System.Linq;
using FinalAccounts.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// Laws of issue 13's last families (FA1181–FA1183) on generated reports. A correctly rounded report gives none of them
/// above info (<see cref="ReportCheckProperties"/>: every 项 line prints its 较年初预算差额, every report without 政府性基金
/// its 类 shares of 财政拨款支出, every report the template's "没有国有资本经营预算财政拨款收入和支出"); here each planted
/// change is caught at its place. FA1180's planted change is the general law's: a moved 差额 is a moved money figure.
public class NewFamilyProperties
{
    private static string Show(CheckReport check) =>
        string.Join(Environment.NewLine, check.Findings.Select(f => f.RuleId + " " + f.Severity + " " + f.Location + " " + f.MessageEn));

    private static readonly Gen<(Spec Spec, string Part)> SpecAndPart =
        ReportGen.Specs.SelectMany(_ => Gen.Elements("因公出国（境）费", "公务接待费"), (spec, part) => (spec, part));

    /// Law: "本年度未发生X" planted in X's 三公 sentence is an FA1181 error there exactly when the table prints X nonzero.
    [Property]
    public Property A_planted_no_spending_claim_is_an_error_exactly_when_the_cell_is_nonzero() =>
        Prop.ForAll(Arb.From(SpecAndPart), c =>
        {
            var published = Publisher.Publish(c.Spec);
            var statement = published.Statements.First(s => s.Id.StartsWith("2.8-", StringComparison.Ordinal) && s.Figures.Any(f => f.Concept == c.Part && f.Basis == "决算"));
            var cell = published.Tables.Single(t => t.Id == "财决07").Cells.Single(f => f.Concept == c.Part);
            statement.Extra = "本年度未发生" + c.Part + "。" + statement.Extra;
            var check = ReportChecker.Check(published.Read());
            var found = check.Findings.Where(f => f.RuleId == "FA1181").ToList();
            if (decimal.Parse(cell.Value, CultureInfo.InvariantCulture) == 0m)
            {
                Assert.Empty(found);
                return;
            }
            if (!found.Any(f => f.Severity == Severity.Error && f.Location.StatementId == statement.Id && f.Stated.Key.Concept == c.Part))
                Assert.Fail("未发生" + c.Part + " beside its cell " + cell.Value + " made no FA1181 error at " + statement.Id + ":" + Environment.NewLine + Show(check));
        });

    /// Law: "X和Y均未发生" (one clause, a list of two items) planted in the 三公 section is an FA1181 error for each item exactly
    /// when the table prints that item nonzero, and for no other.
    [Property]
    public Property A_planted_list_of_items_not_occurring_is_judged_item_by_item() =>
        Prop.ForAll(Arb.From(ReportGen.Specs.SelectMany(_ => Gen.Elements("和", "、", "及"), (spec, join) => (spec, join))), c =>
        {
            var published = Publisher.Publish(c.spec);
            var statement = published.Statements.First(s => s.Id.StartsWith("2.8-", StringComparison.Ordinal));
            var cells = published.Tables.Single(t => t.Id == "财决07").Cells;
            statement.Extra = "本年度因公出国（境）费" + c.join + "公务接待费均未发生。" + statement.Extra;
            var check = ReportChecker.Check(published.Read());
            foreach (var item in new[] { "因公出国（境）费", "公务接待费" })
            {
                var nonzero = decimal.Parse(cells.Single(f => f.Concept == item).Value, CultureInfo.InvariantCulture) != 0m;
                var found = check.Findings.Any(f => f.RuleId == "FA1181" && f.Severity == Severity.Error && f.Location.StatementId == statement.Id && f.Stated.Key.Concept == item);
                if (found != nonzero) Assert.Fail(item + (nonzero ? " is nonzero but was not judged" : " is 0 but was accused") + ":" + Environment.NewLine + Show(check));
            }
            Assert.DoesNotContain(check.Findings, f => f.RuleId == "FA1181" && f.Stated.Key.Concept is not ("因公出国（境）费" or "公务接待费"));
        });

    /// Law: blanking a 三公 part in the table and taking it out of the table's 合计 (so the table adds up with the blank as 0)
    /// is an FA1183 error at the 说明's figure of that part, whenever the 说明 prints it beyond the table's rounding (> 0.05).
    [Property]
    public Property A_lone_blank_the_table_adds_up_without_is_caught_at_the_narrative_figure() =>
        Prop.ForAll(Arb.From(SpecAndPart), c =>
        {
            var published = Publisher.Publish(c.Spec);
            var table = published.Tables.Single(t => t.Id == "财决07");
            var part = table.Cells.Single(f => f.Concept == c.Part);
            var total = table.Cells.Single(f => f.Concept == "三公经费");
            var narrative = published.Statements.SelectMany(s => s.Figures).First(f => f.Concept == c.Part && f.Basis == "决算");
            if (decimal.Parse(narrative.Value, CultureInfo.InvariantCulture) <= 0.05m) return;
            table.Cells.Remove(part);
            // The other top-level parts as printed: the blank's sibling parts of 三公经费.
            var others = table.Cells.Where(f => f.Concept is "因公出国（境）费" or "公务用车购置及运行维护费" or "公务接待费")
                .Sum(f => decimal.Parse(f.Value, CultureInfo.InvariantCulture));
            total.Value = PublishedReport.Format(others, 2);
            var check = ReportChecker.Check(published.Read());
            if (!check.Findings.Any(f => f.RuleId == "FA1183" && f.Severity == Severity.Error && f.Stated.Key.Concept == c.Part && f.Location.Row.Length == 0))
                Assert.Fail("Blanking " + c.Part + " (说明 " + narrative.Value + ") made no FA1183 error at the 说明:" + Environment.NewLine + Show(check));
        });

    /// Law: a 类's share of 财政拨款支出 (stated only as 一般公共预算财政拨款支出 in a report without 政府性基金) moved by 2 to 20
    /// points is an FA1182 error at its sentence.
    [Property]
    public Property A_moved_share_of_a_whole_under_another_name_is_caught_at_its_sentence()
    {
        var cases = ReportGen.Specs.SelectMany(_ => Gen.Choose(2, 20).SelectMany(m => Gen.Elements(m, -m)), (spec, points) => (spec, points));
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var published = Publisher.Publish(c.spec);
            var statement = published.Statements.FirstOrDefault(s => s.Figures.Any(f => f.Of is ("财政拨款支出", "决算")));
            if (statement == null) return; // a report with 政府性基金: no alias holds
            var share = statement.Figures.First(f => f.Of is ("财政拨款支出", "决算"));
            int decimals = share.Value.Contains('.') ? share.Value.Length - share.Value.IndexOf('.') - 1 : 0;
            share.Value = PublishedReport.Format(decimal.Parse(share.Value, CultureInfo.InvariantCulture) + c.points, decimals);
            var check = ReportChecker.Check(published.Read());
            if (!check.Findings.Any(f => f.RuleId == "FA1182" && f.Severity == Severity.Error && f.Location.StatementId == statement.Id))
                Assert.Fail("Moving the share of 财政拨款支出 in " + statement.Id + " by " + c.points + " points made no FA1182 error:" + Environment.NewLine + Show(check));
        });
    }
}
