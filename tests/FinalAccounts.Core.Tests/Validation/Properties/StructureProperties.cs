using System;
using System.Linq;
using FinalAccounts.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// Laws of the structure rules (issue 13, point 7) on generated full reports, which publish all nine tables.
public class StructureProperties
{
    /// Law: leaving out any one of tables 1–7 is named by FA1160 (a warning naming the table); leaving out 国有资本经营, whose
    /// 决算 the 说明 states as 0, is not an accusation (the report says it has none).
    [Property]
    public Property Leaving_out_a_standard_table_is_named_unless_the_report_says_it_has_none()
    {
        var cases = ReportGen.Specs.SelectMany(_ => Gen.Choose(0, 8), (spec, drop) => (spec, drop));
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var published = Publisher.Publish(c.spec);
            Assert.DoesNotContain(ReportChecker.Check(published.Read()).Findings, f => f.RuleId is "FA1160" or "FA1161" or "FA1162");
            var dropped = published.Tables.OrderBy(t => t.Id, StringComparer.Ordinal).ToList()[c.drop];
            published.Tables.Remove(dropped);
            var findings = ReportChecker.Check(published.Read()).Findings.Where(f => f.RuleId == "FA1160").ToList();
            if (dropped.Title.StartsWith("国有资本经营", StringComparison.Ordinal))
            {
                Assert.Empty(findings);
                return;
            }
            var finding = Assert.Single(findings);
            Assert.Equal(Severity.Warning, finding.Severity);
            Assert.Contains(dropped.Title, finding.Message, StringComparison.Ordinal);
        });
    }

    /// Law: a 三公 table whose 决算 column is left blank while the 说明 states a nonzero 三公经费 is an error at the 说明.
    [Property]
    public Property A_blank_three_public_column_against_a_nonzero_statement_is_an_error()
    {
        return Prop.ForAll(Arb.From(ReportGen.Specs), spec =>
        {
            var published = Publisher.Publish(spec);
            var table = published.Tables.Single(t => t.Title.Contains("三公", StringComparison.Ordinal));
            var total = published.Statements.SelectMany(s => s.Figures).First(f => f.Concept == "三公经费" && f.Basis == "决算");
            if (decimal.Parse(total.Value, System.Globalization.CultureInfo.InvariantCulture) == 0m) return;
            table.Cells.Clear();
            var errors = ReportChecker.Check(published.Read()).Findings.Where(f => f.RuleId == "FA1162").ToList();
            Assert.Contains(errors, f => f.Severity == Severity.Error && f.Stated.Key.Concept == "三公经费");
        });
    }
}

/// Laws of FA1170 (issue 13, point 5) on generated reports, which give the template's 主要原因 after every change.
public class ChangeReasonProperties
{
    /// Law: taking the reason away from any one statement is flagged, if at all, only at that statement (a later sentence
    /// of its section may still give it); a nonzero 收入总计 change in a section left with no reason at all is always flagged.
    [Property]
    public Property A_change_stripped_of_its_reason_is_flagged_where_it_stands()
    {
        var cases = ReportGen.Specs.SelectMany(_ => Gen.Choose(0, int.MaxValue), (spec, pick) => (spec, pick));
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var published = Publisher.Publish(c.spec);
            var reasoned = published.Statements.Where(Publisher.NeedsReason).ToList();
            var statement = reasoned[c.pick % reasoned.Count];
            statement.Extra = statement.Extra.Replace(Publisher.Reason, string.Empty, StringComparison.Ordinal);
            var findings = ReportChecker.Check(published.Read()).Findings.Where(f => f.RuleId == "FA1170").ToList();
            Assert.All(findings, f => Assert.Equal(statement.Id, f.Location.StatementId));
            var total = statement.Figures.FirstOrDefault(f => f.Concept == "收入总计" && f.Basis == "较上年决算增减");
            if (total != null && decimal.Parse(total.Value, System.Globalization.CultureInfo.InvariantCulture) != 0m)
            {
                foreach (var s in published.Statements.Where(s => s.Section == statement.Section))
                {
                    s.Extra = s.Extra.Replace(Publisher.Reason, string.Empty, StringComparison.Ordinal);
                    s.Explanations.RemoveAll(e => e.Marker.Contains("原因", StringComparison.Ordinal)); // 变动原因：一是…二是…
                }
                var flagged = ReportChecker.Check(published.Read()).Findings.Where(f => f.RuleId == "FA1170" && f.Location.StatementId == statement.Id);
                Assert.Equal(Severity.Warning, Assert.Single(flagged).Severity);
            }
        });
    }
}
