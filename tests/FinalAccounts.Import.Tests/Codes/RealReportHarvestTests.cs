using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FinalAccounts.Classification;
using FinalAccounts.Import.Codes;
using Xunit;

namespace FinalAccounts.Import.Tests.Codes;

/// <summary>
/// The harvest over every PDF under ../shared/reports/ (the 决算, the template, six 预算). Expected values were read by
/// hand from `pdftotext -layout` of each file; an independent pdftotext extraction gives the same code sets (8 files,
/// 238 distinct code/name pairs, names equal except the template's wrapped 20799).
/// </summary>
public sealed class RealReportHarvestTests
{
    private static readonly Lazy<Dictionary<string, IReadOnlyList<PrintedCode>>> s_printed = new(
        () => SharedReports.Pdfs.ToDictionary(p => Path.GetFileName(p)!, p => CodeHarvester.ReadPrinted(p), StringComparer.Ordinal));

    private static IReadOnlyList<PrintedCode> Printed(string file) => s_printed.Value[file];

    [SkippableFact]
    public void Every_code_and_name_printed_in_every_report_resolves()
    {
        SharedReports.Require();
        var failures = new List<string>();
        var count = 0;
        foreach (var (file, rows) in s_printed.Value)
        {
            foreach (var p in rows)
            {
                count++;
                if (!FunctionCode.TryParse(p.Code, out var code))
                {
                    failures.Add(p.Code + " " + p.Name + " (" + p.Source + "): code unknown");
                    continue;
                }
                // The printed name under our names of its ancestors: the path a report's row gives.
                var path = string.Join("/", Ancestors(code).Select(a => a.Name).Append(p.Name));
                if (!FunctionCode.TryFindByNamePath(path, out var found) || found != code)
                {
                    failures.Add(p.Code + " " + p.Name + " (" + p.Source + "): name path '" + path + "' gives " + (found == default ? "nothing" : found.DisplayName));
                }
            }
        }
        Assert.True(count > 700, "only " + count + " printed codes were read from " + s_printed.Value.Count + " PDFs");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [SkippableFact]
    public void Each_report_prints_the_codes_counted_by_hand()
    {
        SharedReports.Require();
        // Distinct codes per file, counted in pdftotext -layout output (lines starting with 2xx [nn [nn]] and a name).
        var expected = new Dictionary<string, int>
        {
            ["shanghai-putuo-czj-2024-final-accounts.pdf"] = 19,
            ["final-accounts-template-2024.pdf"] = 5,
            ["shanghai-czj-2025-budget.pdf"] = 23,
            ["shanghai-putuo-czj-2025-budget-department.pdf"] = 19,
            ["shanghai-putuo-government-office-2025-budget-department.pdf"] = 20,
            ["shanghai-putuo-government-office-2025-budget-unit.pdf"] = 20,
            ["shanghai-putuo-wanli-street-2024-budget.pdf"] = 66,
            ["shanghai-putuo-wanli-street-2025-budget.pdf"] = 66,
        };
        foreach (var (file, count) in expected)
        {
            Assert.Equal((file, count), (file, Printed(file).Select(p => p.Code).Distinct().Count()));
        }
    }

    [SkippableFact]
    public void The_office_budget_prints_20103_and_its_items_on_page_9()
    {
        SharedReports.Require();
        var rows = Printed("shanghai-putuo-government-office-2025-budget-department.pdf").Where(p => p.Page == 9).ToList();
        Assert.Contains(new PrintedCode("20103", "政府办公厅（室）及相关机构事务", "shanghai-putuo-government-office-2025-budget-department.pdf", 9), rows);
        Assert.Contains(rows, p => p.Code == "2010301" && p.Name == "行政运行");
        Assert.Contains(rows, p => p.Code == "2010302" && p.Name == "一般行政管理事务");
        Assert.Contains(rows, p => p.Code == "2010350" && p.Name == "事业运行");
        // Printed over two lines on some pages: 其他政府办公厅（室）及相关机构事 / 务支出.
        Assert.All(Printed("shanghai-putuo-government-office-2025-budget-department.pdf").Where(p => p.Code == "2010399"),
            p => Assert.Equal("其他政府办公厅（室）及相关机构事务支出", p.Name));
    }

    [SkippableFact]
    public void The_template_name_wrapped_above_and_below_its_code_is_joined()
    {
        SharedReports.Require();
        // 其他文化旅游体育与传媒支 / 20799 / 出 (p.9) and 其他文化旅游 / 20799 体育与传媒支 / 出 (p.10).
        var rows = Printed("final-accounts-template-2024.pdf").Where(p => p.Code == "20799").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, p => Assert.Equal("其他文化旅游体育与传媒支出", p.Name));
        Assert.Equal(new[] { "205", "20502", "2050205", "207", "20799" }, Printed("final-accounts-template-2024.pdf").Select(p => p.Code).Distinct().OrderBy(c => c, StringComparer.Ordinal));
    }

    [SkippableFact]
    public void Harvesting_every_report_gives_the_committed_printed_table_and_nothing_to_review()
    {
        SharedReports.Require();
        var harvest = CodeHarvester.Harvest(s_printed.Value.Values.SelectMany(r => r).ToList());
        // Every row it would add is already in seeds/classification/function-printed.csv, so nothing is new now …
        Assert.Empty(harvest.NewRows);
        Assert.Empty(harvest.Review);
        // … and the committed file is exactly that harvest over our tables without it.
        var committed = File.ReadAllLines(Path.Combine(FinalAccounts.Testing.Repository.Root, "seeds", "classification", "function-printed.csv"));
        Assert.Equal(CodeHarvest.CsvHeader, committed[0]);
        Assert.Equal(new[] { "20103", "2010301", "2010302", "2010350", "2010399" }, committed.Skip(1).Select(l => l.Split(',')[0]));
        Assert.All(committed.Skip(1), l => Assert.EndsWith(",shanghai-putuo-government-office-2025-budget-department.pdf p.9,printed", l));
    }

    private static IEnumerable<FunctionCode> Ancestors(FunctionCode code)
    {
        var list = new List<FunctionCode>();
        for (var p = code.Parent; p.HasValue; p = p.Value.Parent) list.Insert(0, p.Value);
        return list;
    }
}
