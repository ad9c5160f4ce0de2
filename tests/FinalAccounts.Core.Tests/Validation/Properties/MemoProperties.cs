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
        return CheckReportDifference.Of(fresh, again) ?? together.Select(t => CheckReportDifference.Of(fresh, t)).FirstOrDefault(d => d != null);
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
