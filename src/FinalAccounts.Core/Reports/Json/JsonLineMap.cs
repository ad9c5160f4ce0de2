using System.Collections.Generic;
using System.Text.Json;

namespace FinalAccounts.Reports.Json;

/// <summary>
/// The line of every value in a JSON document by JSON path ($.a.b[2]), so errors found after parsing can still name a
/// line: JsonDocument does not keep positions.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new();
    private readonly List<(long Start, string Path)> _starts = new();

    private JsonLineMap()
    {
    }

    /// <summary>The 1-based line of the value at <paramref name="path"/>, or of its nearest ancestor; 0 if none.</summary>
    public int LineOf(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (_lines.TryGetValue(p, out var line)) return line;
        }
        return 0;
    }

    /// <summary>Maps <paramref name="utf8"/>, which must already be known to be valid JSON.</summary>
    public static JsonLineMap Build(byte[] utf8)
    {
        var map = new JsonLineMap();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var stack = new Stack<Frame>();
        var line = 1;
        var scanned = 0;
        string? pendingProperty = null;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            for (; scanned < start; scanned++)
            {
                if (utf8[scanned] == (byte)'\n') line++;
            }
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = NameOf(ref reader);
                    if (stack.Count > 0) map._starts.Add((reader.TokenStartIndex, stack.Peek().PeekPath(pendingProperty)));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    break;
                default:
                    var path = stack.Count == 0 ? "$" : stack.Peek().ChildPath(pendingProperty);
                    pendingProperty = null;
                    map._lines[path] = line;
                    map._starts.Add((reader.TokenStartIndex, path));
                    if (reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray)
                    {
                        stack.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                    }
                    break;
            }
        }
        return map;
    }

    /// <summary>
    /// The JSON path of the value or property name that holds byte <paramref name="offset"/> (or the last one before it),
    /// for errors found in the bytes themselves, such as invalid UTF-8; "$" when none. The bytes must be valid JSON up to
    /// the offset; a JSON error after it is ignored.
    /// </summary>
    public static string PathAt(byte[] utf8, long offset)
    {
        JsonLineMap map;
        try
        {
            map = Build(utf8);
        }
        catch (JsonException)
        {
            return "$";
        }
        var path = "$";
        foreach (var (start, p) in map._starts)
        {
            if (start > offset) break;
            path = p;
        }
        return path;
    }

    // A name with an escaped lone surrogate ("\ud800") has no .NET string; show it as escaped in the file.
    private static string NameOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (System.InvalidOperationException)
        {
            return System.Text.Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
        }
    }

    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(new[] { '.', '[' });
        return cut <= 0 ? string.Empty : path.Substring(0, cut);
    }

    private sealed class Frame
    {
        private readonly string _path;
        private readonly bool _isArray;
        private int _next;

        public Frame(string path, bool isArray)
        {
            _path = path;
            _isArray = isArray;
        }

        public string ChildPath(string? property) => _isArray ? _path + "[" + _next++ + "]" : _path + "." + property;

        public string PeekPath(string property) => _isArray ? _path + "[" + _next + "]" : _path + "." + property;
    }
}
