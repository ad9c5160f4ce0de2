using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace FinalAccounts.Cli.Tests;

/// <summary><c>finacct check</c> as a user runs it: exit codes, text, JSON and SARIF output, and refusals.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "finacct-check-" + Guid.NewGuid().ToString("N"));

    public CheckCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Report = """{"title": "2024年度测试局决算公开报告", "year": 2024, "unitName": "测试局", "level": "单位", "unitKind": "行政单位", "currencyUnit": "万元"}""";

    // 收入总计 2936.74 = 本年收入合计 2933.89 + 使用非财政拨款结余 0.00 + 年初结转和结余 2.85, and 支出总计 = 收入总计.
    private const string Consistent = "{\n  \"formatVersion\": 1,\n  \"report\": " + Report + ",\n  \"tables\": {},\n  \"statements\": [\n"
        + "    {\"id\": \"2.1-1\", \"section\": \"一、收入支出决算总体情况说明\", \"sentence\": \"收入、支出决算总计均为2936.74万元。\", \"figures\": [\n"
        + "      {\"concept\": \"收入总计\", \"basis\": \"决算\", \"value\": \"2936.74\", \"unit\": \"万元\"},\n"
        + "      {\"concept\": \"支出总计\", \"basis\": \"决算\", \"value\": \"2936.74\", \"unit\": \"万元\"},\n"
        + "      {\"concept\": \"本年收入合计\", \"basis\": \"决算\", \"value\": \"2933.89\", \"unit\": \"万元\"},\n"
        + "      {\"concept\": \"使用非财政拨款结余\", \"basis\": \"决算\", \"value\": \"0.00\", \"unit\": \"万元\"},\n"
        + "      {\"concept\": \"年初结转和结余\", \"basis\": \"决算\", \"value\": \"2.85\", \"unit\": \"万元\"}\n"
        + "    ], \"explanations\": []}\n  ],\n  \"evaluations\": []\n}\n";

    [Fact]
    public void Seed_report_has_errors_and_exit_code_1()
    {
        var (exit, output, err) = Run("check");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, err);
        // Seed 2.1-1: −193.34 − 729.48 = −922.82 ≠ −920.80 (for 收入总计 and 支出总计); 2.4-2: −157.36 − 1298.33 = −1455.69
        // ≠ −1455.56; 2.12-2: every SME share is 0% but 45.65万元 is awarded; 2.5-1: 2931.85 ÷ 3843.73 = 76.2762% printed 76.27.
        var lines = output.Split('\n');
        Assert.Equal(3, lines.Count(l => l.StartsWith("错误 FA1010", StringComparison.Ordinal)));
        Assert.Equal(1, lines.Count(l => l.StartsWith("错误 FA1061", StringComparison.Ordinal)));
        Assert.Equal(1, lines.Count(l => l.StartsWith("警告 FA1020", StringComparison.Ordinal)));
        // 2.4-1's 财政拨款 年初预算 2931.85 + 925.68 = 3857.53 against 2.5-1's 一般公共预算 年初预算 3843.73 (no other 财政拨款).
        Assert.Equal(1, lines.Count(l => l.StartsWith("警告 FA1111", StringComparison.Ordinal)));
        // Its five 绩效自评表 add 12 findings, each worked out by hand from the printed tables: FA2020 ×10 (定性 rows whose
        // 实际完成值 repeats the 年度指标值, or is "0" in E5, yet score full marks: E1 2, E2 2, E3 2, E4 3, E5 1); FA2021 ×1 (E1
        // 专业技术资格考试 137.40 > ≤134 万元 with no 偏差原因); FA2030 ×1 (E2 成本指标 20.00 + 11.00 = 31 > 全年执行数 20 万元).
        // FA2020 and FA2021 are review flags (warnings); FA2030 is an error. Scored under the default national policy
        // (as `--policy national` is), E1 专业技术资格考试 adds FA2003: ≤134 万元 overshot to 137.40 scores
        // 5 × (1 − 3.40 ÷ 134) = 4.87 (linear to zero at double), stated 0.
        Assert.Equal(10, lines.Count(l => l.StartsWith("警告 FA2020", StringComparison.Ordinal)));
        Assert.Equal(1, lines.Count(l => l.StartsWith("警告 FA2021", StringComparison.Ordinal)));
        Assert.Equal(1, lines.Count(l => l.StartsWith("错误 FA2030", StringComparison.Ordinal)));
        Assert.Equal(1, lines.Count(l => l.StartsWith("错误 FA2003", StringComparison.Ordinal)));
        Assert.Equal(6, lines.Count(l => l.StartsWith("错误 ", StringComparison.Ordinal)));
        Assert.Contains("5 张绩效自评表", output, StringComparison.Ordinal);
        Assert.Contains("[2.1-1]", output, StringComparison.Ordinal);
        Assert.Contains("[2.4-2]", output, StringComparison.Ordinal);
        Assert.Contains("[2.12-2]", output, StringComparison.Ordinal);
        Assert.Contains("6 个错误，13 个警告", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Consistent_report_exits_0()
    {
        var path = Write("ok.json", Consistent);
        var (exit, output, err) = Run("check", path);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        Assert.Contains("0 个错误，0 个警告", output, StringComparison.Ordinal);
        Assert.Contains(path, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.json", "")]
    [InlineData("blank.json", "   \n")]
    [InlineData("broken.json", "{\n  \"formatVersion\": 1\n  \"report\": {}\n}")]
    [InlineData("array.json", "[]")]
    [InlineData("version.json", "{\"formatVersion\": 2, \"report\": {}, \"statements\": []}")]
    public void Malformed_file_exits_2_with_a_message_naming_it(string name, string text)
    {
        var path = Write(name, text);
        var (exit, output, err) = Run("check", path);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("finacct check: 报告文件格式有误 (not a valid report file): " + path, err, StringComparison.Ordinal);
        Assert.Single(err.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_exits_2()
    {
        var path = Path.Combine(_dir, "nope.json");
        var (exit, _, err) = Run("check", path);
        Assert.Equal(2, exit);
        Assert.Equal("finacct check: 找不到文件 '" + path + "' (no such file)\n", err);
    }

    [Fact]
    public void Invalid_json_names_the_line()
    {
        var path = Write("broken.json", "{\n  \"formatVersion\": 1\n  \"report\": {}\n}");
        var (_, _, err) = Run("check", path);
        Assert.StartsWith("finacct check: 报告文件格式有误 (not a valid report file): " + path + "(3): ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_lists_findings_with_their_figures()
    {
        var (exit, output, err) = Run("check", "--format", "json");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, err);
        using var doc = JsonDocument.Parse(output);
        var findings = doc.RootElement.GetProperty("findings");
        Assert.Equal(JsonValueKind.Array, findings.ValueKind);
        Assert.True(findings.GetArrayLength() > 0);
        foreach (var f in findings.EnumerateArray())
        {
            Assert.StartsWith("FA", f.GetProperty("ruleId").GetString(), StringComparison.Ordinal);
            Assert.Contains(f.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
            Assert.False(string.IsNullOrEmpty(f.GetProperty("message").GetString()));
            Assert.False(string.IsNullOrEmpty(f.GetProperty("messageEn").GetString()));
            Assert.Equal(JsonValueKind.Object, f.GetProperty("location").ValueKind);
            Assert.Equal(JsonValueKind.String, f.GetProperty("stated").GetProperty("value").ValueKind);
            // Only a recomputation has an expected interval; a yes/no verdict (FA2011, FA2020 …) has none to print.
            var verdict = f.GetProperty("verdict").GetString();
            Assert.Contains(verdict, new[] { "interval", "match", "undefinedRate" });
            if (verdict == "interval")
            {
                var expected = f.GetProperty("expected");
                Assert.True(expected.GetProperty("min").GetDecimal() <= expected.GetProperty("max").GetDecimal());
            }
            else
            {
                Assert.False(f.TryGetProperty("expected", out _));
                Assert.False(f.TryGetProperty("exact", out _));
            }
            Assert.Equal(JsonValueKind.Array, f.GetProperty("inputs").ValueKind);
        }
        var errors = findings.EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "error").ToList();
        var reportErrors = errors.Where(f => f.GetProperty("ruleId").GetString()!.StartsWith("FA1", StringComparison.Ordinal));
        Assert.Equal(new[] { "FA1010", "FA1010", "FA1010", "FA1061" }, reportErrors.Select(f => f.GetProperty("ruleId").GetString()).OrderBy(s => s, StringComparer.Ordinal));
        var sme = errors.Single(f => f.GetProperty("ruleId").GetString() == "FA1061");
        Assert.Equal("45.65", sme.GetProperty("stated").GetProperty("value").GetString());
        Assert.Equal("2.12-2", sme.GetProperty("location").GetProperty("id").GetString());
        Assert.Equal(6, sme.GetProperty("inputs").GetArrayLength());
        // 4 report errors + 2 绩效自评表 errors (FA2030, and FA2003 under the default national policy); FA2020 ×10 and
        // FA2021 are warnings (see above).
        Assert.Equal(6, doc.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        // FA1020 (76.27%, truncated) + FA1111 (财政拨款 年初预算 3857.53 against 一般公共预算 3843.73) + FA2020 ×10 + FA2021 ×1.
        Assert.Equal(13, doc.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void Sarif_format_is_sarif_2_1_0()
    {
        var (exit, output, _) = Run("check", "--format", "sarif");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var run = doc.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal(FinalAccounts.Validation.RuleCatalog.Rules.Count + FinalAccounts.Scoring.EvaluationRules.All.Count, rules.GetArrayLength());
        Assert.All(rules.EnumerateArray(), r => Assert.False(string.IsNullOrEmpty(r.GetProperty("id").GetString())));
        var results = run.GetProperty("results");
        Assert.True(results.GetArrayLength() > 0);
        foreach (var r in results.EnumerateArray())
        {
            Assert.StartsWith("FA", r.GetProperty("ruleId").GetString(), StringComparison.Ordinal);
            Assert.Contains(r.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal("seeds/reports/wuhai-hrss-2024.json", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() > 0);
        }
        Assert.Equal(6, results.EnumerateArray().Count(r => r.GetProperty("level").GetString() == "error"));
    }

    [Fact]
    public void Json_for_a_consistent_file_has_no_findings()
    {
        var path = Write("ok.json", Consistent);
        var (exit, output, _) = Run("check", path, "--format", "json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(0, doc.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("TEXT")]
    public void Unknown_format_exits_2(string format)
    {
        var (exit, output, err) = Run("check", "--format", format);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("finacct check:", err, StringComparison.Ordinal);
        Assert.Contains(format, err, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_exits_2()
    {
        var (exit, _, err) = Run("check", "--strict");
        Assert.Equal(2, exit);
        Assert.StartsWith("finacct check: 用法错误 (usage error): 未知选项 '--strict' (unknown option)", err, StringComparison.Ordinal);
    }

    /// <summary>A 预算 of 测试局 in <paramref name="year"/> stating 财政拨款收入 and, when given, its change on last year's budget.</summary>
    private static string BudgetReport(int year, string amount, string? change) =>
        "{\n  \"formatVersion\": 1,\n  \"report\": {\"title\": \"" + year + "年测试局单位预算\", \"year\": " + year + ", \"unitName\": \"测试局\", \"level\": \"单位\", \"kind\": \"预算\", \"unitKind\": \"行政单位\", \"currencyUnit\": \"万元\"},\n"
        + "  \"tables\": {},\n  \"statements\": [\n    {\"id\": \"B.1-1\", \"section\": \"预算编制说明\", \"sentence\": \"财政拨款收入。\", \"figures\": [\n"
        + "      {\"concept\": \"财政拨款收入\", \"basis\": \"预算\", \"value\": \"" + amount + "\", \"unit\": \"万元\"}"
        + (change == null ? string.Empty : ",\n      {\"concept\": \"财政拨款收入\", \"basis\": \"较上年预算增减\", \"value\": \"" + change + "\", \"unit\": \"万元\"}")
        + "\n    ], \"explanations\": []}\n  ]\n}\n";

    [Fact]
    public void Cross_checks_two_years_of_budget_and_exits_1_on_a_change_last_year_does_not_support()
    {
        // 18976.76 − 15621.11 = 3355.65: consistent, exit 0; 3355.56 is 0.09 off: FA1210, exit 1.
        var earlier = Write("b2024.json", BudgetReport(2024, "15621.11", null));
        var (ok, okOut, _) = Run("check", earlier, Write("b2025.json", BudgetReport(2025, "18976.76", "3355.65")), "--cross");
        Assert.Equal(0, ok);
        Assert.Contains("1 项核对", okOut, StringComparison.Ordinal);
        var (broken, brokenOut, _) = Run("check", Write("c2025.json", BudgetReport(2025, "18976.76", "3355.56")), earlier, "--cross");
        Assert.Equal(1, broken);
        Assert.Contains("错误 FA1210", brokenOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Cross_needs_at_least_two_reports()
    {
        var (exit, _, err) = Run("check", Write("one.json", BudgetReport(2024, "1.00", null)), "--cross");
        Assert.Equal(2, exit);
        Assert.Contains("--cross", err, StringComparison.Ordinal);
    }
    [Fact]
    public void Cross_over_a_folder_finds_the_pairs_and_notes_the_rest()
    {
        // 测试局 预算 2024 ↔ 2025 is the one pair (3355.56 against 18976.76 − 15621.11 = 3355.65: FA1210, exit 1); 别的局
        // has no partner (FA1220); two 2026 预算 of 测试局 are ambiguous (FA1221), so neither is paired with 2025.
        var folder = Path.Combine(_dir, "reports");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "a2024.json"), BudgetReport(2024, "15621.11", null));
        File.WriteAllText(Path.Combine(folder, "sub", "a2025.json"), BudgetReport(2025, "18976.76", "3355.56"));
        File.WriteAllText(Path.Combine(folder, "other.json"), BudgetReport(2024, "1.00", null).Replace("\"unitName\": \"测试局\"", "\"unitName\": \"别的局\"", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(folder, "a2026.json"), BudgetReport(2026, "1.00", null));
        File.WriteAllText(Path.Combine(folder, "a2026-revised.json"), BudgetReport(2026, "2.00", null));
        var (exit, output, err) = Run("check", folder, "--cross");
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, err);
        Assert.Single(output.Split('\n'), l => l.StartsWith("跨报告核对", StringComparison.Ordinal));
        Assert.Contains("错误 FA1210", output, StringComparison.Ordinal);
        Assert.Contains(output.Split('\n'), l => l.StartsWith("注意 FA1220", StringComparison.Ordinal) && l.Contains("other.json", StringComparison.Ordinal) && l.Contains("别的局", StringComparison.Ordinal));
        Assert.Contains(output.Split('\n'), l => l.StartsWith("注意 FA1221", StringComparison.Ordinal) && l.Contains("a2026.json", StringComparison.Ordinal) && l.Contains("a2026-revised.json", StringComparison.Ordinal));

        var (jsonExit, json, _) = Run("check", folder, "--cross", "--format", "json");
        Assert.Equal(1, jsonExit);
        using var doc = JsonDocument.Parse(json);
        var pair = Assert.Single(doc.RootElement.GetProperty("pairs").EnumerateArray());
        Assert.Equal("FA1210", Assert.Single(pair.GetProperty("findings").EnumerateArray()).GetProperty("ruleId").GetString());
        Assert.Equal(new[] { "FA1220", "FA1221" }, doc.RootElement.GetProperty("pairingNotes").EnumerateArray().Select(n => n.GetProperty("ruleId").GetString()).OrderBy(x => x, StringComparer.Ordinal));

        var (sarifExit, sarif, _) = Run("check", folder, "--cross", "--format", "sarif");
        Assert.Equal(1, sarifExit);
        using var log = JsonDocument.Parse(sarif);
        Assert.Single(log.RootElement.GetProperty("runs").EnumerateArray());
    }

    [Fact]
    public void Cross_over_files_without_any_pair_is_notes_only_and_exit_0()
    {
        var (exit, output, _) = Run("check", Write("x2024.json", BudgetReport(2024, "1.00", null)), Write("x2027.json", BudgetReport(2027, "1.00", null)), Write("x2030.json", BudgetReport(2030, "1.00", null)), "--cross");
        Assert.Equal(0, exit);
        Assert.Equal(3, output.Split('\n').Count(l => l.StartsWith("注意 FA1220", StringComparison.Ordinal)));
    }

    [Fact]
    public void Cross_names_a_missing_file_or_folder_with_exit_2()
    {
        var (exit, _, err) = Run("check", Write("y2024.json", BudgetReport(2024, "1.00", null)), Path.Combine(_dir, "nowhere"), "--cross");
        Assert.Equal(2, exit);
        Assert.Contains("nowhere", err, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Cross_of_two_imported_pdfs_prints_each_reports_import_notes_as_a_single_check_does()
    {
        // 万里街道 2024's 表8 prints the 款 codes "301 2" and "301 7" with one digit (FA4020, read by name): a single check
        // prints both notes, and so must --cross, after the cross findings, under the file's name; JSON keeps them on stderr.
        var earlier = FinalAccounts.Testing.Shared.File("reports/budget", "shanghai-putuo-wanli-street-2024-budget.pdf");
        var later = FinalAccounts.Testing.Shared.File("reports/budget", "shanghai-putuo-wanli-street-2025-budget.pdf");
        var (single, singleOut, _) = Run("check", earlier);
        Assert.Equal(0, single);
        Assert.Equal(2, singleOut.Split('\n').Count(l => l.StartsWith("注意 FA4020", StringComparison.Ordinal)));
        var (exit, output, _) = Run("check", earlier, later, "--cross");
        Assert.Equal(0, exit);
        Assert.Contains("6 项核对", output, StringComparison.Ordinal);
        Assert.Equal(2, output.Split('\n').Count(l => l.StartsWith("注意 FA4020", StringComparison.Ordinal)));
        Assert.Contains(earlier + " 导入提示", output, StringComparison.Ordinal);
        Assert.True(output.IndexOf("导入提示", StringComparison.Ordinal) > output.IndexOf("6 项核对", StringComparison.Ordinal));
        var (jsonExit, json, jsonErr) = Run("check", earlier, later, "--cross", "-f", "json");
        Assert.Equal(0, jsonExit);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(2, jsonErr.Split('\n').Count(l => l.StartsWith("注意 FA4020", StringComparison.Ordinal)));
    }
}
