using System;
using System.Linq;
using FinalAccounts.Review.Batch;
using FinalAccounts.Review.Tests.Support;
using Xunit;

namespace FinalAccounts.Review.Tests.Batch;

public sealed class ReportFilesTests
{
    [Fact]
    public void A_folder_gives_its_report_files_recursively_in_ordinal_order_and_nothing_else()
    {
        using var t = new TempFolder();
        t.Write("b.json", "{}");
        t.Write("a/z.pdf", "x");
        t.Write("a/y.XLSX", "x");
        t.Write("a/notes.txt", "x");
        t.Write("c/deep/er/r.json", "{}");
        var files = ReportFiles.Find(new[] { t.Path });
        Assert.Equal(new[] { "a/y.XLSX", "a/z.pdf", "b.json", "c/deep/er/r.json" }, files.Select(f => f.Name));
    }

    [Fact]
    public void A_named_file_is_taken_whatever_its_extension_and_only_once()
    {
        using var t = new TempFolder();
        var txt = t.Write("x.txt", "x");
        var json = t.Write("r.json", "{}");
        var files = ReportFiles.Find(new[] { txt, json, json, t.Path });
        Assert.Equal(new[] { "x.txt", "r.json" }, files.Select(f => f.Name));
    }

    [Fact]
    public void Files_of_the_same_name_under_two_arguments_get_distinct_output_names()
    {
        using var t = new TempFolder();
        t.Write("one/r.json", "{}");
        t.Write("two/r.json", "{}");
        var files = ReportFiles.Find(new[] { System.IO.Path.Combine(t.Path, "one"), System.IO.Path.Combine(t.Path, "two") });
        Assert.Equal(new[] { "r.json", "r-2.json" }, files.Select(f => f.Name));
    }

    [Fact]
    public void A_missing_argument_is_named()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportFiles.Find(new[] { "/no/such/place" }));
        Assert.Contains("/no/such/place", ex.Message);
    }
}
