using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FinalAccounts.Core.Tests.Reports;
using FinalAccounts.Reports;
using FinalAccounts.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FinalAccounts.Core.Tests.Validation.Properties;

/// <summary>
/// What rules find once about a report and keep for its later checks (FigureIndex.Memo: the breakdowns, the rate cases, the
/// quantities FA1110/FA1111 compare) must decide nothing differently. Law (<c>Checking_again_changes_nothing</c>): a report
/// checked again — its memos kept from the first check — and the same report read afresh and checked for the first time, on
/// one thread and on four at once, give the same findings (rule, outcome, severity, stated figure, inputs, messages, in
/// order), ChecksRun, RulesRun and RulesNotRun.
/// </summary>
public sealed class MemoProperties
{
    /// <summary>Null when the two checks agree in everything; else what differs.</summary>
    private static string? Difference(CheckReport a, CheckReport b)
    {
        if (a.ChecksRun != b.ChecksRun) return "ChecksRun " + a.ChecksRun + " ≠ " + b.ChecksRun;
        var run = string.Join(",", a.RulesRun.Select(r => r.Id));
        var otherRun = string.Join(",", b.RulesRun.Select(r => r.Id));
        if (run != otherRun) return "RulesRun " + run + " ≠ " + otherRun;
        var notRun = string.Join(",", a.RulesNotRun.Select(r => r.Rule.Id + ":" + r.Reason));
        var otherNotRun = string.Join(",", b.RulesNotRun.Select(r => r.Rule.Id + ":" + r.Reason));
        if (notRun != otherNotRun) return "RulesNotRun " + notRun + " ≠ " + otherNotRun;
        if (a.Findings.Count != b.Findings.Count) return "findings " + a.Findings.Count + " ≠ " + b.Findings.Count;
        for (var i = 0; i < a.Findings.Count; i++)
        {
            Finding x = a.Findings[i], y = b.Findings[i];
            if (!ReferenceEquals(x.Rule, y.Rule) || x.Outcome != y.Outcome || x.Severity != y.Severity || !Same(x.Stated, y.Stated)
                || x.Message != y.Message || x.MessageEn != y.MessageEn || x.Inputs.Count != y.Inputs.Count || x.Inputs.Where((f, k) => !Same(f, y.Inputs[k])).Any())
            {
                return "finding " + i + ": " + x + " ≠ " + y;
            }
        }
        return null;
    }

    // Two reads of one report have equal figures, not the same objects: equal in what they say and where.
    private static bool Same(StatedFigure a, StatedFigure b)
        => ReferenceEquals(a, b) || (a.Key == b.Key && a.Value == b.Value && a.Unit == b.Unit && a.Location.ToString() == b.Location.ToString()
            && a.Location.JsonPath == b.Location.JsonPath);

    /// <summary>
    /// <paramref name="read"/> read three times: one report checked twice (the second check on its kept memos), one checked
    /// first by four threads at once, each compared with the first check of a third.
    /// </summary>
    private static string? Difference(System.Func<FinalAccountsReport> read)
    {
        var fresh = ReportChecker.Check(read());
        var once = read();
        ReportChecker.Check(once);
        var again = ReportChecker.Check(once);
        var shared = read();
        var together = new CheckReport[4];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => together[i] = ReportChecker.Check(shared));
        return Difference(fresh, again) ?? together.Select(t => Difference(fresh, t)).FirstOrDefault(d => d != null);
    }

    [Property(MaxTest = 100)]
    public Property Checking_again_changes_nothing()
        => Prop.ForAll(ReportGen.Specs.ToArbitrary(), spec =>
        {
            var published = Publisher.Publish(spec);
            var differs = Difference(() => published.Read());
            return (differs == null).Label(differs ?? string.Empty);
        });

    [Fact]
    public void Checking_again_changes_nothing_on_the_seed()
    {
        var json = File.ReadAllText(FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json"));
        Assert.Null(Difference(() => ReportReader.Parse(json, "seed")));
    }

    [SkippableFact]
    public void Checking_again_changes_nothing_on_the_Putuo_report()
    {
        // Parsed once per test run: each "read" is a new report over its tables and statements, with memos of its own.
        var putuo = PutuoReport.Load();
        Assert.Null(Difference(() => new FinalAccountsReport(putuo.Info, putuo.Tables, putuo.Statements, putuo.Evaluations, putuo.Targets)));
    }
}
