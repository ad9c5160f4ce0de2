using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace FinalAccounts.Package.Tests;

/// <summary>What dotnet pack puts in the packages: the file lists and the metadata a NuGet user sees.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly Packages _packages;

    public PackageLayoutTests(Packages packages) => _packages = packages;

    [Fact]
    public void Library_package_holds_both_targets_the_generator_the_analyzers_and_the_props()
    {
        using var zip = ZipFile.OpenRead(_packages.CorePackage);
        var files = zip.Entries.Select(e => e.FullName).Where(f => !f.StartsWith("package/") && !f.StartsWith("_rels/") && f != "[Content_Types].xml").OrderBy(f => f, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(new[]
        {
            "FinalAccounts.Core.nuspec",
            "README.md",
            "analyzers/dotnet/cs/FinalAccounts.Analyzers.dll",
            "analyzers/dotnet/cs/FinalAccounts.CodeFixes.dll",
            "analyzers/dotnet/cs/FinalAccounts.Generators.dll",
            "build/FinalAccounts.Core.props",
            "buildTransitive/FinalAccounts.Core.props",
            "lib/net8.0/FinalAccounts.Core.dll",
            "lib/net8.0/FinalAccounts.Core.xml",
            "lib/netstandard2.0/FinalAccounts.Core.dll",
            "lib/netstandard2.0/FinalAccounts.Core.xml",
        }, files);
    }

    [Fact]
    public void Library_nuspec_has_licence_readme_and_only_netstandard_dependencies()
    {
        using var zip = ZipFile.OpenRead(_packages.CorePackage);
        using var stream = zip.GetEntry("FinalAccounts.Core.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal(_packages.Version, metadata.Element(ns + "version")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        var groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group").ToDictionary(g => g.Attribute("targetFramework")!.Value, g => g.Elements(ns + "dependency").Select(d => d.Attribute("id")!.Value).OrderBy(x => x).ToArray());
        Assert.Empty(groups["net8.0"]);
        Assert.Equal(new[] { "System.Memory", "System.Text.Json" }, groups[".NETStandard2.0"]);
    }

    [Fact]
    public void Props_declare_the_two_compiler_visible_metadata_names()
    {
        using var zip = ZipFile.OpenRead(_packages.CorePackage);
        foreach (var path in new[] { "build/FinalAccounts.Core.props", "buildTransitive/FinalAccounts.Core.props" })
        {
            using var stream = zip.GetEntry(path)!.Open();
            var names = XDocument.Load(stream).Descendants("CompilerVisibleItemMetadata").Select(e => e.Attribute("MetadataName")!.Value).OrderBy(x => x).ToArray();
            Assert.Equal(new[] { "FinalAccountsScheme", "TypeName" }, names);
        }
    }

    [Fact]
    public void Symbols_package_holds_the_pdbs()
    {
        using var zip = ZipFile.OpenRead(_packages.SymbolPackage);
        var pdbs = zip.Entries.Select(e => e.FullName).Where(f => f.EndsWith(".pdb")).OrderBy(f => f, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "lib/net8.0/FinalAccounts.Core.pdb", "lib/netstandard2.0/FinalAccounts.Core.pdb" }, pdbs);
    }

    [Fact]
    public void Import_package_holds_its_library_and_depends_on_the_core_package()
    {
        using var zip = ZipFile.OpenRead(_packages.ImportPackage);
        var files = zip.Entries.Select(e => e.FullName).Where(f => f.StartsWith("lib/")).OrderBy(f => f, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "lib/net8.0/FinalAccounts.Import.dll", "lib/net8.0/FinalAccounts.Import.xml" }, files);
        using var stream = zip.GetEntry("FinalAccounts.Import.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var ns = nuspec.Root!.Name.Namespace;
        var dependencies = nuspec.Descendants(ns + "dependency").ToDictionary(d => d.Attribute("id")!.Value, d => d.Attribute("version")!.Value);
        Assert.Equal(_packages.Version, dependencies["FinalAccounts.Core"]);
        // XLSX is read with the BCL (System.IO.Compression, XmlReader) and ExcelNumberFormat: no ClosedXML, no Open XML SDK,
        // no System.Drawing.
        Assert.Equal(new[] { "ExcelNumberFormat", "FinalAccounts.Core", "PdfPig" }, dependencies.Keys.OrderBy(k => k, System.StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Review_package_holds_its_library_and_depends_on_the_import_package_and_pdfsharp_6_2_4()
    {
        using var zip = ZipFile.OpenRead(_packages.ReviewPackage);
        var files = zip.Entries.Select(e => e.FullName).Where(f => f.StartsWith("lib/")).OrderBy(f => f, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "lib/net8.0/FinalAccounts.Review.dll", "lib/net8.0/FinalAccounts.Review.xml" }, files);
        using var stream = zip.GetEntry("FinalAccounts.Review.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var ns = nuspec.Root!.Name.Namespace;
        var dependencies = nuspec.Descendants(ns + "dependency").ToDictionary(d => d.Attribute("id")!.Value, d => d.Attribute("version")!.Value);
        Assert.Equal(_packages.Version, dependencies["FinalAccounts.Core"]);
        Assert.Equal(_packages.Version, dependencies["FinalAccounts.Import"]);
        Assert.Equal("6.2.4", dependencies["PDFsharp"]); // MIT; 6.5.0 is AGPL
    }

    [Fact]
    public void Tool_package_is_the_finacct_command()
    {
        using var zip = ZipFile.OpenRead(_packages.ToolPackage);
        var files = zip.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("tools/net8.0/any/finacct.dll", files);
        Assert.Contains("tools/net8.0/any/FinalAccounts.Core.dll", files);
        using var stream = zip.GetEntry("tools/net8.0/any/DotnetToolSettings.xml")!.Open();
        var command = XDocument.Load(stream).Descendants("Command").Single();
        Assert.Equal("finacct", command.Attribute("Name")!.Value);
        Assert.Equal("finacct.dll", command.Attribute("EntryPoint")!.Value);
    }

    [Fact]
    public void Tool_package_runs_with_the_batch_runtime_settings()
    {
        // What `dotnet tool install` users run: issue 17's TieredPGO off and non-concurrent Server GC without DATAS.
        using var zip = ZipFile.OpenRead(_packages.ToolPackage);
        using var stream = zip.GetEntry("tools/net8.0/any/finacct.runtimeconfig.json")!.Open();
        using var config = System.Text.Json.JsonDocument.Parse(stream);
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.False(properties.GetProperty("System.Runtime.TieredPGO").GetBoolean());
        Assert.False(properties.GetProperty("System.GC.Concurrent").GetBoolean());
        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(0, properties.GetProperty("System.GC.DynamicAdaptationMode").GetInt32());
    }
}
