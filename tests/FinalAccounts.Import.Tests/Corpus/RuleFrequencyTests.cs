using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using FinalAccounts.Testing;
using FinalAccounts.Validation;
using Xunit;
using Xunit.Abstractions;

namespace FinalAccounts.Import.Tests.Corpus;

/// <summary>
/// Issue 13's request: every rule on every PDF under ../shared/reports/, and how often each fires. Each report is imported
/// once and checked rule by rule (one rule per <see cref="ReportChecker.Check(FinalAccountsReport, IEnumerable{IReportRule})"/>
/// run, so the engine's own counter gives that rule's checks), then with all rules together; the table — per PDF and rule
/// ID: checks run, errors, warnings, infos — goes to the test output, and to the file named by
/// <c>FINACCT_RULE_FREQUENCY</c> when set (<c>FINACCT_RULE_FREQUENCY=/tmp/freq.md dotnet test tests/FinalAccounts.Import.Tests
/// --filter RuleFrequency</c>). The law it holds: rule by rule adds up to the whole run (the same checks, the same findings).
/// </summary>
public sealed class RuleFrequencyTests
{
    private readonly ITestOutputHelper _output;

    public RuleFrequencyTests(ITestOutputHelper output) => _output = output;

    private static string ReportsFolder => Path.GetDirectoryName(Shared.Report("shanghai-putuo-czj-2024-final-accounts.pdf"))!;

    private static IReadOnlyList<IReportRule> AllRules => RuleCatalog.Rules.Concat(EvaluationRules.Rules).ToList();

    private static string Key(Finding f) => f.RuleId + " " + f.Severity + " " + f.Location.JsonPath + " " + f.Stated.Value;

    [SkippableFact]
    public void Every_rule_on_every_shared_pdf_rule_by_rule_adds_up_to_the_whole_run()
    {
        var table = new StringBuilder();
        table.AppendLine("| PDF | rule | checks | errors | warnings | infos |");
        table.AppendLine("|---|---|---:|---:|---:|---:|");
        var totals = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var listed = new StringBuilder();
        foreach (var path in Directory.EnumerateFiles(ReportsFolder, "*.pdf", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(ReportsFolder, path);
            var report = ReportImporter.ImportFile(path).Report;
            var whole = ReportChecker.Check(report, AllRules);
            var checks = 0;
            var findings = new List<string>();
            foreach (var rule in AllRules)
            {
                var alone = ReportChecker.Check(report, new[] { rule });
                checks += alone.ChecksRun;
                findings.AddRange(alone.Findings.Select(Key));
                int errors = alone.Count(Severity.Error), warnings = alone.Count(Severity.Warning), infos = alone.Count(Severity.Info);
                if (!totals.TryGetValue(rule.Descriptor.Id, out var sum)) totals[rule.Descriptor.Id] = sum = new int[5];
                sum[0] += alone.ChecksRun;
                sum[1] += errors;
                sum[2] += warnings;
                sum[3] += infos;
                sum[4] += alone.ChecksRun > 0 ? 1 : 0;
                if (alone.ChecksRun == 0 && alone.Findings.Count == 0) continue;
                table.AppendLine("| " + relative + " | " + rule.Descriptor.Id + " | " + alone.ChecksRun + " | " + errors + " | " + warnings + " | " + infos + " |");
            }
            Assert.Equal(whole.ChecksRun, checks);
            Assert.Equal(whole.Findings.Select(Key).OrderBy(k => k, StringComparer.Ordinal), findings.OrderBy(k => k, StringComparer.Ordinal));
            foreach (var f in whole.Findings) listed.AppendLine("- " + relative + " " + f.RuleId + " " + f.Severity + " " + f.Location + ": " + f.Message);
            table.AppendLine("| " + relative + " | **all** | " + whole.ChecksRun + " | " + whole.Count(Severity.Error) + " | " + whole.Count(Severity.Warning) + " | " + whole.Count(Severity.Info) + " |");
        }
        table.AppendLine();
        table.AppendLine("| rule | PDFs run on | checks | errors | warnings | infos |");
        table.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (id, sum) in totals) table.AppendLine("| " + id + " | " + sum[4] + " | " + sum[0] + " | " + sum[1] + " | " + sum[2] + " | " + sum[3] + " |");
        table.AppendLine();
        table.Append(listed);
        _output.WriteLine(table.ToString());
        if (Environment.GetEnvironmentVariable("FINACCT_RULE_FREQUENCY") is { Length: > 0 } file) File.WriteAllText(file, table.ToString());
    }
}
