using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using FinalAccounts.Reports;
using FinalAccounts.Scoring;

namespace FinalAccounts.Cli.Output;

/// <summary>
/// Scores as JSON: <c>{ report, policy, evaluations: [ { id, project, executionRate, executionScore, indicators: [ … ],
/// total, grade, explainedBy, closest, disagreements } ], summary, findings }</c>; the findings (FA2xxx) have the same
/// shape as <c>check</c>'s.
/// </summary>
internal static class JsonScoreWriter
{
    public static void Write(FinalAccountsReport report, ScoringPolicy policy, FindingsView view, TextWriter output)
    {
        var artifact = view.Input.Artifact;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartObject("report");
            w.WriteString("file", artifact);
            w.WriteString("unitName", report.Info.UnitName);
            w.WriteNumber("year", report.Info.Year);
            w.WriteEndObject();
            w.WriteStartObject("policy");
            w.WriteString("id", policy.Id);
            w.WriteString("name", policy.Name);
            w.WriteString("evidence", policy.Evidence);
            w.WriteEndObject();
            w.WriteStartArray("evaluations");
            foreach (var e in report.Evaluations)
            {
                var verification = EvaluationVerifier.Verify(e, ScoreCommand.Candidates(policy));
                var c = verification.Comparisons.First(x => x.Policy == policy);
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("project", e.Project);
                w.WriteStartObject("executionRate");
                w.WriteString("stated", e.ScoredFunds?.ExecutionRate?.Value);
                if (c.Score.ExecutionRate is decimal rate) w.WriteNumber("recomputed", decimal.Round(rate, 4));
                else w.WriteNull("recomputed");
                w.WriteEndObject();
                if (c.Execution != null) Pair(w, "executionScore", c.Execution);
                w.WriteStartArray("indicators");
                foreach (var s in c.Indicators)
                {
                    var i = s.Indicator!;
                    w.WriteStartObject();
                    w.WriteString("level1", i.Level1);
                    w.WriteString("level2", i.Level2);
                    w.WriteString("level3", i.Level3);
                    w.WriteString("direction", i.Direction.ToString());
                    w.WriteString("target", i.Target.Text);
                    w.WriteString("actual", i.Actual.Text);
                    w.WriteString("unit", i.Target.Unit);
                    w.WriteString("weight", i.Weight.Value);
                    w.WriteString("stated", s.Stated.Value);
                    w.WriteNumber("recomputed", s.Recomputed);
                    w.WriteString("outcome", s.Outcome.ToString());
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                if (c.Total != null) Pair(w, "total", c.Total);
                else w.WriteNull("total");
                w.WriteString("template", WeightTemplate.Infer(e)?.Name);
                w.WriteString("grade", c.Score.Grade.Name);
                w.WriteStartArray("explainedBy");
                foreach (var p in verification.ExplainedBy) w.WriteStringValue(p.Id);
                w.WriteEndArray();
                var closest = verification.Closest;
                w.WriteString("closest", closest.Policy.Id);
                w.WriteStartArray("disagreements");
                foreach (var d in closest.Disagreements)
                {
                    w.WriteStartObject();
                    w.WriteString("row", d.Indicator?.Level3 ?? d.Stated.Location.Row);
                    w.WriteString("stated", d.Stated.Value);
                    w.WriteNumber("recomputed", d.Recomputed);
                    w.WriteNumber("difference", d.Difference);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("summary");
            w.WriteNumber("checks", view.Result.ChecksRun);
            w.WriteNumber("errors", view.Result.Count(Validation.Severity.Error));
            w.WriteNumber("warnings", view.Result.Count(Validation.Severity.Warning));
            w.WriteNumber("infos", view.Result.Count(Validation.Severity.Info));
            w.WriteEndObject();
            JsonFindingsWriter.WriteFindings(w, view);
            w.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Pair(Utf8JsonWriter w, string name, ScoreComparison c)
    {
        w.WriteStartObject(name);
        w.WriteString("stated", c.Stated.Value);
        w.WriteNumber("recomputed", c.Recomputed);
        w.WriteString("outcome", c.Outcome.ToString());
        w.WriteEndObject();
    }
}
