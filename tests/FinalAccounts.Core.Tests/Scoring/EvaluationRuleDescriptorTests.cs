using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;
using Xunit;

namespace FinalAccounts.Core.Tests.Scoring;

/// <summary>
/// The FA2xxx descriptors as SARIF, HTML and `finacct rules` show them: a title in both languages and the identity each
/// checks, the kinds and severities README and docs/scoring.md give (reviewer flags FA2007, FA2011, FA2020, FA2021 and the
/// agreement FA2031 are warnings; the other checks errors), and which rules EvaluationChecker runs.
/// </summary>
public class EvaluationRuleDescriptorTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var d in EvaluationRules.All) data.Add(d.Id);
        return data;
    }

    private static RuleDescriptor Of(string id) => EvaluationRules.All.Single(d => d.Id == id);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_rule_has_a_title_in_both_languages_and_the_identity_it_checks(string id)
    {
        var d = Of(id);
        Assert.StartsWith("FA20", d.Id, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(d.Title), id + ": no Chinese title");
        Assert.Contains(d.Title, c => c >= '\u4e00' && c <= '\u9fff');            // the Chinese title is Chinese
        Assert.False(string.IsNullOrWhiteSpace(d.TitleEn), id + ": no English title");
        Assert.Contains(d.TitleEn, c => c >= 'a' && c <= 'z');                     // the English title has English words
        Assert.False(string.IsNullOrWhiteSpace(d.Identity), id + ": no identity");
        Assert.Equal(id + " " + d.Title, d.ToString());
    }

    [Fact]
    public void Titles_are_distinct()
    {
        Assert.Equal(EvaluationRules.All.Count, EvaluationRules.All.Select(d => d.Title).Distinct().Count());
        Assert.Equal(EvaluationRules.All.Count, EvaluationRules.All.Select(d => d.TitleEn).Distinct().Count());
        Assert.Equal(EvaluationRules.All.Count, EvaluationRules.All.Select(d => d.Identity).Distinct().Count());
    }

    [Theory]
    [InlineData("FA2001", RuleKind.Identity, Severity.Error)]
    [InlineData("FA2002", RuleKind.Identity, Severity.Error)]
    [InlineData("FA2003", RuleKind.Identity, Severity.Error)]
    [InlineData("FA2004", RuleKind.Identity, Severity.Error)]
    [InlineData("FA2005", RuleKind.Identity, Severity.Error)]
    [InlineData("FA2006", RuleKind.Identity, Severity.Error)]
    [InlineData("FA2007", RuleKind.ReviewerFlag, Severity.Warning)]
    [InlineData("FA2010", RuleKind.Identity, Severity.Error)]
    [InlineData("FA2011", RuleKind.ReviewerFlag, Severity.Warning)]
    [InlineData("FA2012", RuleKind.Identity, Severity.Error)]
    [InlineData("FA2020", RuleKind.ReviewerFlag, Severity.Warning)]
    [InlineData("FA2021", RuleKind.ReviewerFlag, Severity.Warning)]
    [InlineData("FA2030", RuleKind.Identity, Severity.Error)]
    [InlineData("FA2031", RuleKind.Agreement, Severity.Warning)]
    [InlineData("FA2040", RuleKind.Agreement, Severity.Error)]
    public void Each_rule_has_its_documented_kind_and_severity(string id, RuleKind kind, Severity severity)
    {
        var d = Of(id);
        Assert.Equal((kind, severity), (d.Kind, d.MaxSeverity));
        Assert.Equal(kind == RuleKind.ReviewerFlag, EvaluationRules.IsReviewerFlag(d));
    }

    [Fact]
    public void No_rule_is_not_a_reviewer_flag()
        => Assert.False(EvaluationRules.IsReviewerFlag(null!));

    [Fact]
    public void The_checker_runs_the_scoring_rules_only_on_a_report_with_evaluations()
    {
        // The seed has five 自评表: the FA2 rules run beside the FA1 rules, as they run alone (its rates and 定性 rows at least).
        var all = EvaluationChecker.CheckAll(Seed.Report);
        var scoring = EvaluationChecker.Check(Seed.Report);
        Assert.Contains(EvaluationRules.ExecutionRate, scoring.RulesRun);
        Assert.Contains(EvaluationRules.QualitativeEvidence, scoring.RulesRun);
        Assert.Equal(scoring.RulesRun, all.RulesRun.Where(d => d.Id.StartsWith("FA2", StringComparison.Ordinal)));
        Assert.All(scoring.RulesRun, d => Assert.StartsWith("FA2", d.Id, StringComparison.Ordinal));
        Assert.All(scoring.Findings, f => Assert.StartsWith("FA2", f.RuleId, StringComparison.Ordinal));
        Assert.Equal(scoring.Findings.Select(f => f.RuleId + f.Location), all.Findings.Where(f => f.RuleId.StartsWith("FA2", StringComparison.Ordinal)).Select(f => f.RuleId + f.Location));
        // The same report without its evaluations: no FA2 rule is run, nor listed as not run.
        var seed = JsonNode.Parse(File.ReadAllText(FinalAccounts.Testing.Repository.PathOf("seeds", "reports", "wuhai-hrss-2024.json")))!;
        seed["evaluations"] = new JsonArray();
        var bare = EvaluationChecker.CheckAll(ReportReader.Parse(seed.ToJsonString(), "no-evaluations.json"));
        Assert.Empty(bare.Report.Evaluations);
        Assert.DoesNotContain(bare.RulesRun, d => d.Id.StartsWith("FA2", StringComparison.Ordinal));
        Assert.DoesNotContain(bare.RulesNotRun, n => n.Rule.Id.StartsWith("FA2", StringComparison.Ordinal));
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => EvaluationChecker.Check(null!)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => EvaluationChecker.CheckAll(null!)).ParamName);
    }
}
