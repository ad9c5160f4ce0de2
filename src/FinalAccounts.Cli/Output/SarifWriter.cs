using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using FinalAccounts.Scoring;
using FinalAccounts.Validation;

namespace FinalAccounts.Cli.Output;

/// <summary>
/// Findings as SARIF 2.1.0, for code-scanning tools: one run, the rule catalogue, one result per finding. A finding in a
/// report file has its line as the region; one in an imported PDF/XLSX has its page as the location's <c>page</c>
/// property and in the logical location's name ("表3 · row · column (p. 5)"), which viewers show.
/// </summary>
internal static class SarifWriter
{
    public static void Write(FindingsView view, TextWriter output)
    {
        var result = view.Result;
        var artifact = view.Input.Artifact;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "finacct");
            w.WriteString("informationUri", "https://www.nuget.org/packages/FinalAccounts.Core");
            w.WriteStartArray("rules");
            // A report with 项目支出绩效自评表 is also checked by the FA2xxx rules.
            var descriptors = RuleCatalog.Rules.Select(r => r.Descriptor)
                .Concat(result.Report.Evaluations.Count > 0 ? EvaluationRules.All : System.Array.Empty<RuleDescriptor>());
            foreach (var rule in descriptors)
            {
                w.WriteStartObject();
                w.WriteString("id", rule.Id);
                w.WriteStartObject("shortDescription");
                w.WriteString("text", rule.Title);
                w.WriteEndObject();
                w.WriteStartObject("fullDescription");
                w.WriteString("text", rule.TitleEn + ": " + rule.Identity);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("results");
            foreach (var f in view.Shown)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", f.RuleId);
                w.WriteString("level", f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" });
                w.WriteStartObject("message");
                w.WriteString("text", f.Message + " / " + f.MessageEn);
                w.WriteEndObject();
                w.WriteStartArray("locations");
                w.WriteStartObject();
                w.WriteStartObject("physicalLocation");
                w.WriteStartObject("artifactLocation");
                w.WriteString("uri", artifact.Replace('\\', '/'));
                w.WriteEndObject();
                if (!view.ByPage && f.Location.Line > 0)
                {
                    w.WriteStartObject("region");
                    w.WriteNumber("startLine", f.Location.Line);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
                w.WriteStartArray("logicalLocations");
                w.WriteStartObject();
                w.WriteString("name", f.Location.ToString());
                w.WriteString("fullyQualifiedName", view.ByPage ? f.Location.ToString() : f.Location.JsonPath);
                w.WriteEndObject();
                w.WriteEndArray();
                if (f.Location.Page > 0)
                {
                    w.WriteStartObject("properties");
                    w.WriteNumber("page", f.Location.Page);
                    w.WriteEndObject();
                }
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
