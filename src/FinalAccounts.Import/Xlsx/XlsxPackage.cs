using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;

namespace FinalAccounts.Import.Xlsx;

/// <summary>
/// A workbook's zip with its parts found through their relationships (as Open Packaging Conventions say: names without
/// case, targets relative to the source part or absolute). Every part is opened through a
/// <see cref="BoundedReadStream"/>: its declared size is checked before a byte is inflated, and its actual size while
/// inflating, against <see cref="XlsxLimits"/>; the zip's own stream is read on demand, never held inflated.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private long _inflated;

    private XlsxPackage(ZipArchive zip)
    {
        _zip = zip;
        foreach (var entry in zip.Entries) _entries[entry.FullName.Replace('\\', '/').TrimStart('/')] = entry;
    }

    public static XlsxPackage Open(Stream stream)
    {
        if (!stream.CanSeek)
        {
            // ZipArchive would buffer an unseekable stream whole, without a bound: buffer it here with one.
            var copy = new MemoryStream();
            var buffer = new byte[81920];
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (copy.Length + n > XlsxLimits.MaxFileBytes)
                {
                    throw new XlsxRefusal("文件超过 " + BoundedReadStream.Size(XlsxLimits.MaxFileBytes), "the file is larger than " + BoundedReadStream.Size(XlsxLimits.MaxFileBytes));
                }
                copy.Write(buffer, 0, n);
            }
            copy.Position = 0;
            stream = copy;
        }
        else if (stream.Length - stream.Position > XlsxLimits.MaxFileBytes)
        {
            throw new XlsxRefusal("文件超过 " + BoundedReadStream.Size(XlsxLimits.MaxFileBytes), "the file is larger than " + BoundedReadStream.Size(XlsxLimits.MaxFileBytes));
        }
        return new XlsxPackage(new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true));
    }

    public bool Has(string part) => _entries.ContainsKey(part);

    /// <summary>Opens an XML part for reading, its size bounded; <paramref name="sheet"/> names it in messages.</summary>
    public XlsxPart Open(string part, string? sheet = null)
    {
        if (!_entries.TryGetValue(part, out var entry)) throw new XlsxRefusal("缺少部件 " + part, "part " + part + " is missing");
        if (entry.Length > XlsxLimits.MaxPartBytes)
        {
            throw new XlsxRefusal(
                (sheet is null ? "部件 " : "工作表「" + sheet + "」的部件 ") + part + " 声明解压后有 " + BoundedReadStream.Size(entry.Length) + "，超过允许的 " + BoundedReadStream.Size(XlsxLimits.MaxPartBytes) + "（压缩炸弹？）",
                (sheet is null ? "part " : "sheet " + sheet + "'s part ") + part + " declares " + BoundedReadStream.Size(entry.Length) + " inflated, more than the allowed " + BoundedReadStream.Size(XlsxLimits.MaxPartBytes) + " (a zip bomb?)");
        }
        var bounded = new BoundedReadStream(entry.Open(), sheet is null ? "部件 " + part : "工作表「" + sheet + "」的部件 " + part, sheet is null ? "part " + part : "sheet " + sheet + "'s part " + part, entry.Length, Count);
        return new XlsxPart(part, bounded, sheet);
    }

    /// <summary>The relationships of <paramref name="source"/> ("" for the package): id, type and the target part's name.</summary>
    public List<(string Id, string Type, string Target)> Relationships(string source)
    {
        var slash = source.LastIndexOf('/');
        var folder = slash >= 0 ? source.Substring(0, slash + 1) : string.Empty;
        var rels = folder + "_rels/" + source.Substring(folder.Length) + ".rels";
        var list = new List<(string, string, string)>();
        if (!Has(rels)) return list;
        using var part = Open(rels);
        while (part.Read())
        {
            if (!part.IsStart("Relationship") || part.Attribute("TargetMode") == "External") continue;
            var id = part.Attribute("Id");
            var type = part.Attribute("Type");
            var target = part.Attribute("Target");
            if (id is null || type is null || target is null) continue;
            list.Add((id, type, Resolve(folder, target)));
        }
        return list;
    }

    public void Dispose() => _zip.Dispose();

    private static string Resolve(string folder, string target)
    {
        var path = target.StartsWith("/", StringComparison.Ordinal) ? target.Substring(1) : folder + target;
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); }
            else if (segment.Length > 0 && segment != ".") segments.Add(segment);
        }
        return Uri.UnescapeDataString(string.Join("/", segments));
    }

    private void Count(long bytes)
    {
        _inflated += bytes;
        if (_inflated > XlsxLimits.MaxWorkbookBytes)
        {
            throw new XlsxRefusal(
                "工作簿解压后超过 " + BoundedReadStream.Size(XlsxLimits.MaxWorkbookBytes) + "（压缩炸弹？）",
                "the workbook inflates past " + BoundedReadStream.Size(XlsxLimits.MaxWorkbookBytes) + " (a zip bomb?)");
        }
    }
}
