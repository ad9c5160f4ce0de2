using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Xunit;

namespace FinalAccounts.Import.Tests.Xlsx;

/// <summary>
/// The parts of a workbook as a zip's entries, to edit by text and write back: how the tests add what ClosedXML cannot
/// write on Linux (pictures, charts) or should never write (hidden copies, huge merges, deep nesting, bombs) to a
/// workbook <see cref="RoundTrip.XlsxRenderer"/> made. Nothing binary is kept in the repository.
/// </summary>
internal sealed class WorkbookParts
{
    private readonly List<(string Name, byte[] Data)> _entries;

    private WorkbookParts(List<(string Name, byte[] Data)> entries) => _entries = entries;

    public static WorkbookParts Of(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var entries = new List<(string, byte[])>();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            entries.Add((entry.FullName, copy.ToArray()));
        }
        return new WorkbookParts(entries);
    }

    public IEnumerable<string> Names => _entries.Select(e => e.Name);

    public string Text(string name) => Encoding.UTF8.GetString(_entries.Single(e => e.Name == name).Data);

    public WorkbookParts Set(string name, string text) => Set(name, Encoding.UTF8.GetBytes(text));

    public WorkbookParts Set(string name, byte[] data)
    {
        var i = _entries.FindIndex(e => e.Name == name);
        if (i >= 0) _entries[i] = (name, data);
        else _entries.Add((name, data));
        return this;
    }

    /// <summary>Replaces the one occurrence of <paramref name="old"/> in a part (the test fails if it is not there).</summary>
    public WorkbookParts Replace(string name, string old, string replacement)
    {
        var text = Text(name);
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, name + " has no '" + old + "'");
        return Set(name, text.Substring(0, at) + replacement + text.Substring(at + old.Length));
    }

    /// <summary>Adds a content-type override for a new part.</summary>
    public WorkbookParts ContentType(string part, string type)
        => Replace("[Content_Types].xml", "</Types>", "<Override PartName=\"/" + part + "\" ContentType=\"" + type + "\"/></Types>");

    /// <summary>Adds a relationship to <paramref name="source"/>'s .rels part (creating it) and returns this.</summary>
    public WorkbookParts Relate(string source, string id, string type, string target)
    {
        var folder = source.Contains('/') ? source.Substring(0, source.LastIndexOf('/') + 1) : string.Empty;
        var rels = folder + "_rels/" + source.Substring(folder.Length) + ".rels";
        if (!_entries.Any(e => e.Name == rels))
        {
            Set(rels, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>");
        }
        return Replace(rels, "</Relationships>", "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/></Relationships>");
    }

    public byte[] Build()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in _entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(data);
            }
        }
        return output.ToArray();
    }
}
