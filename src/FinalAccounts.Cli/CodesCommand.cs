using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using FinalAccounts.Classification;
using FinalAccounts.Cli.CommandLine;

namespace FinalAccounts.Cli;

/// <summary><c>finacct codes</c>: lists classification codes as an indented table.</summary>
internal static class CodesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var prefix = new Argument<string?>("prefix")
        {
            Description = "只列出以此开头的代码 (only codes starting with this)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var scheme = new Option<string>("--scheme", "-s")
        {
            Description = "分类 (classification): function 支出功能分类, economic 部门预算支出经济分类, government 政府预算支出经济分类, revenue 收入分类",
            DefaultValueFactory = _ => "function",
            HelpName = "function|economic|government|revenue",
        };
        CommonOptions.RejectOptionLike(prefix);
        scheme.AcceptOnlyFromAmong("function", "economic", "government", "revenue");
        var unverified = new Option<bool>("--unverified") { Description = "只列出尚未核实的行 (only rows not yet verified)" };
        var command = new Command("codes",
            "列出库中编译的政府收支分类科目（默认支出功能分类）。没有匹配时列表为空，退出码仍为 0。\n"
            + "List the 政府收支分类科目 compiled into the library (支出功能分类 by default). No match is an empty list with exit 0.")
        {
            prefix, scheme, unverified,
        };
        command.SetAction(parse => Run(parse.GetValue(prefix), parse.GetValue(scheme)!, parse.GetValue(unverified), stdout, stderr));
        command.Subcommands.Add(CodesHarvestCommand.Create(stdout, stderr));
        Examples.Add(command,
            "finacct codes 20801                 # 人力资源和社会保障管理事务 及其下级 (and below)",
            "finacct codes --scheme=economic 301",
            "finacct codes --unverified          # 待核实的行 (rows still to verify)");
        return command;
    }

    private static int Run(string? prefix, string scheme, bool onlyUnverified, TextWriter stdout, TextWriter stderr)
    {
        IEnumerable<IClassificationCode> codes = scheme switch
        {
            "economic" => EconomicCode.All.Cast<IClassificationCode>(),
            "government" => GovernmentEconomicCode.All.Cast<IClassificationCode>(),
            "revenue" => RevenueCode.All.Cast<IClassificationCode>(),
            _ => FunctionCode.All.Cast<IClassificationCode>(),
        };
        var selected = codes
            .Where(c => prefix is null || c.Code.StartsWith(prefix, StringComparison.Ordinal))
            .Where(c => !onlyUnverified || !c.IsVerified)
            .ToList();
        foreach (var c in selected)
        {
            var indent = new string(' ', 2 * ((int)c.Level - 1));
            stdout.WriteLine($"{indent + c.Code,-11}{LevelName(c.Level)}  {c.Name}{Marker(c.Evidence)}");
        }
        stdout.WriteLine($"{selected.Count} codes ({selected.Count(c => !c.IsVerified)} unverified)");
        // Nothing found is an answer, not a failure: exit 0, and a note on stderr so a person sees why the list is empty.
        if (selected.Count == 0)
        {
            stderr.WriteLine($"finacct codes: 没有{(onlyUnverified ? "未核实的" : string.Empty)}以 '{prefix}' 开头的 {scheme} 代码 (no {(onlyUnverified ? "unverified " : string.Empty)}{scheme} code starts with '{prefix}')");
        }
        return 0;
    }

    private static string Marker(ClassificationEvidence evidence) => evidence switch
    {
        ClassificationEvidence.Verified => string.Empty,
        ClassificationEvidence.Printed => "  [报表所列 printed]",
        _ => "  [未核实 unverified]",
    };

    private static string LevelName(ClassificationLevel level) => level switch
    {
        ClassificationLevel.Class => "类",
        ClassificationLevel.Section => "款",
        ClassificationLevel.Item => "项",
        _ => "目",
    };
}
