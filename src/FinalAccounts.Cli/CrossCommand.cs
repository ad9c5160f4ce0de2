using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FinalAccounts.Cli.CommandLine;
using FinalAccounts.Cli.Input;
using FinalAccounts.Cli.Output;
using FinalAccounts.Review.Batch;
using FinalAccounts.Validation;

namespace FinalAccounts.Cli;

/// <summary>
/// <c>finacct check a b --cross</c>: two reports of one unit against each other (<see cref="CrossChecker"/>: a 预算 and
/// the 决算 of its year, two 预算 or two 决算 of consecutive years). A pair that is not one unit, or of kinds and years no
/// rule relates, is a note saying why, exit 0: nothing is guessed. Given more files or a folder, the pairs are found by
/// <see cref="CrossPairing"/> (unit, level, kind, year) and each is checked; a report without a pair, or with more
/// than one candidate, is a note (FA1220, FA1221). Each imported report's FA4xxx notes are printed as a single check
/// prints them: after the text, or on stderr beside JSON and SARIF.
/// </summary>
internal static class CrossCommand
{
    public static int Run(IReadOnlyList<string> paths, string format, string? output, Severity minimum, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<ReportFile> files;
        try
        {
            files = ReportFiles.Find(paths);
        }
        catch (ArgumentException)
        {
            var missing = paths.First(p => !File.Exists(p) && !Directory.Exists(p));
            return CliError.Fail(stderr, "check", "找不到文件或文件夹 '" + missing + "'", "no such file or folder");
        }
        var batch = paths.Count != 2 || paths.Any(Directory.Exists);
        if (files.Count < 2) return CliError.Fail(stderr, "check", "--cross 需要至少两份报告", "--cross needs at least two reports");
        var inputs = new List<ReportInput>();
        foreach (var file in files)
        {
            var input = ReportInput.Load(file.Path, "check", stderr, progress: !batch);
            if (input is null) return CliError.ExitCode;
            inputs.Add(input);
        }
        if (!batch) return Write(new[] { Pair(inputs[0], inputs[1], minimum) }, Array.Empty<CrossPairingNote>(), inputs, format, output, stdout, stderr);
        var found = CrossPairing.Pair(inputs.Select(i => i.Report.Info).ToList());
        var pairs = found.Pairs.Select(p => Pair(inputs[p.First], inputs[p.Second], minimum)).ToList();
        return Write(pairs, found.Notes, inputs, format, output, stdout, stderr);
    }

    private sealed record Checked(FindingsView View, ReportInput Judged, ReportInput Other);

    private static Checked Pair(ReportInput first, ReportInput second, Severity minimum)
    {
        var result = CrossChecker.Check(first.Report, second.Report);
        var judged = ReferenceEquals(result.Report, first.Report) ? first : second;
        return new Checked(new FindingsView(result, minimum, judged), judged, ReferenceEquals(judged, first) ? second : first);
    }

    private static int Write(IReadOnlyList<Checked> pairs, IReadOnlyList<CrossPairingNote> notes, IReadOnlyList<ReportInput> inputs, string format, string? output, TextWriter stdout, TextWriter stderr)
    {
        var single = pairs.Count == 1 && notes.Count == 0;
        var written = OutputTarget.Write(output, stdout, stderr, "check", w =>
        {
            if (format == "text") Text(pairs, notes, inputs, w, output is null && Colour.Enabled(stdout));
            else if (single) FindingsOutput.Write(pairs[0].View, format, w, _ => { });
            else Combined(pairs, notes, inputs, format, w);
        });
        if (written != 0) return written;
        if (format != "text")
        {
            // JSON and SARIF stay one document: the import notes go to stderr, as for a single check.
            foreach (var input in inputs.Where(i => i.Imported != null)) ImportNotesWriter.Write(input.Imported!, stderr, input.Artifact);
            if (single) return pairs[0].View.Result.HasErrors ? 1 : 0;
        }
        return pairs.Any(p => p.View.Result.HasErrors) ? 1 : 0;
    }

    private static void Text(IReadOnlyList<Checked> pairs, IReadOnlyList<CrossPairingNote> notes, IReadOnlyList<ReportInput> inputs, TextWriter text, bool colour)
    {
        var first = true;
        foreach (var pair in pairs)
        {
            if (!first) text.WriteLine();
            first = false;
            var result = pair.View.Result;
            text.WriteLine($"跨报告核对 (cross check): {pair.Judged.Artifact} ↔ {pair.Other.Artifact}");
            text.WriteLine($"{result.ChecksRun} 项核对，{result.RulesRun.Count} 条规则运行：{result.Count(Severity.Error)} 个错误，{result.Count(Severity.Warning)} 个警告，{result.Count(Severity.Info)} 个舍入提示");
            text.WriteLine();
            TextFindingsWriter.WriteFindings(pair.View, text, colour);
            foreach (var notRun in result.RulesNotRun) text.WriteLine("注意 " + notRun.Rule.Id + " 未运行：" + notRun.Reason);
        }
        if (notes.Count > 0)
        {
            if (!first) text.WriteLine();
            text.WriteLine("配对提示（未作跨报告核对的报告 / reports not cross-checked）：");
            foreach (var note in notes) text.WriteLine(CliError.OneLine("注意 " + note.Rule.Id + " " + string.Join("、", note.Reports.Select(i => inputs[i].Artifact)) + "：" + note.Message + " (" + note.MessageEn + ")"));
        }
        foreach (var input in inputs.Where(i => i.Imported != null))
        {
            text.WriteLine();
            ImportNotesWriter.Write(input.Imported!, text, input.Artifact);
        }
    }

    /// <summary>Many pairs as one document: JSON <c>{ pairs: [check documents], pairingNotes: [...] }</c>; SARIF one log with a run per pair.</summary>
    private static void Combined(IReadOnlyList<Checked> pairs, IReadOnlyList<CrossPairingNote> notes, IReadOnlyList<ReportInput> inputs, string format, TextWriter w)
    {
        var documents = pairs.Select(p =>
        {
            using var one = new StringWriter();
            FindingsOutput.Write(p.View, format, one, _ => { });
            return JsonNode.Parse(one.ToString())!;
        }).ToList();
        JsonNode combined;
        if (format == "sarif")
        {
            var log = documents.Count > 0 ? documents[0].DeepClone() : new JsonObject { ["version"] = "2.1.0" };
            log["runs"] = new JsonArray(documents.SelectMany(d => d["runs"]!.AsArray().Select(r => r!.DeepClone())).ToArray());
            combined = log;
        }
        else
        {
            combined = new JsonObject
            {
                ["pairs"] = new JsonArray(documents.ToArray()),
                ["pairingNotes"] = new JsonArray(notes.Select(n => (JsonNode)new JsonObject
                {
                    ["ruleId"] = n.Rule.Id,
                    ["message"] = n.Message,
                    ["messageEn"] = n.MessageEn,
                    ["files"] = new JsonArray(n.Reports.Select(i => (JsonNode)JsonValue.Create(inputs[i].Artifact)!).ToArray()),
                }).ToArray()),
            };
        }
        w.WriteLine(combined.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }
}
