using System;
using System.IO;
using System.Text;
using System.Xml;

namespace FinalAccounts.Import.Xlsx;

/// <summary>
/// One XML part of a workbook read forward only (<see cref="XmlReader"/>, never a DOM, so nesting costs no stack), with
/// the nesting depth checked at every node and every XML error reported with the part and line.
/// </summary>
internal sealed class XlsxPart : IDisposable
{
    private static readonly XmlReaderSettings s_settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = XlsxLimits.MaxPartBytes,
        CloseInput = true,
    };

    private readonly XmlReader _xml;

    public XlsxPart(string name, Stream stream, string? sheet)
    {
        Name = name;
        Chinese = sheet is null ? "部件 " + name : "工作表「" + sheet + "」（" + name + "）";
        English = sheet is null ? "part " + name : "sheet " + sheet + " (" + name + ")";
        _xml = XmlReader.Create(stream, s_settings);
    }

    /// <summary>The part's name inside the package, e.g. xl/worksheets/sheet1.xml.</summary>
    public string Name { get; }

    /// <summary>"工作表「表3」（xl/worksheets/sheet2.xml）" or "部件 xl/styles.xml", for messages.</summary>
    public string Chinese { get; }

    /// <summary>"sheet 表3 (xl/worksheets/sheet2.xml)" or "part xl/styles.xml", for messages.</summary>
    public string English { get; }

    public XmlNodeType NodeType => _xml.NodeType;

    public string LocalName => _xml.LocalName;

    public int Depth => _xml.Depth;

    public bool IsEmptyElement => _xml.IsEmptyElement;

    public int Line => _xml is IXmlLineInfo info ? info.LineNumber : 0;

    public bool IsStart(string localName) => _xml.NodeType == XmlNodeType.Element && _xml.LocalName == localName;

    public string? Attribute(string localName)
    {
        if (!_xml.HasAttributes) return null;
        for (var i = 0; i < _xml.AttributeCount; i++)
        {
            _xml.MoveToAttribute(i);
            if (_xml.LocalName == localName && _xml.Prefix != "xmlns")
            {
                var value = _xml.Value;
                _xml.MoveToElement();
                return value;
            }
        }
        _xml.MoveToElement();
        return null;
    }

    /// <summary>The next node; false at the end of the part.</summary>
    public bool Read()
    {
        bool more;
        try
        {
            more = _xml.Read();
        }
        catch (XmlException ex)
        {
            throw new XlsxRefusal(Chinese + " 不是格式正确的 XML（第 " + ex.LineNumber + " 行）", English + " is not well-formed XML: " + ex.Message, ex);
        }
        if (more && _xml.Depth > XlsxLimits.MaxDepth)
        {
            throw new XlsxRefusal(
                Chinese + " 第 " + Line + " 行的元素嵌套超过 " + XlsxLimits.MaxDepth + " 层",
                English + " nests elements deeper than " + XlsxLimits.MaxDepth + " at line " + Line);
        }
        return more;
    }

    /// <summary>Reads to the end of the current element (which must be a start tag).</summary>
    public void SkipElement()
    {
        if (_xml.IsEmptyElement) return;
        var depth = _xml.Depth;
        while (Read() && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
        }
    }

    /// <summary>The text inside the current element (a v or t), child elements' text included; reads to its end.</summary>
    public string ReadText()
    {
        if (_xml.IsEmptyElement) return string.Empty;
        var depth = _xml.Depth;
        string? first = null;
        StringBuilder? more = null;
        while (Read() && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (first is null) first = _xml.Value;
                else (more ??= new StringBuilder(first)).Append(_xml.Value);
            }
        }
        return more?.ToString() ?? first ?? string.Empty;
    }

    /// <summary>
    /// The text of a shared string (si) or inline string (is): its t, or the t of each run (r), without the phonetic
    /// guides (rPh) that print above East Asian text and are not part of it. Reads to the element's end.
    /// </summary>
    public string ReadRichText()
    {
        if (_xml.IsEmptyElement) return string.Empty;
        var depth = _xml.Depth;
        string? first = null;
        StringBuilder? more = null;
        while (Read() && !(_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth))
        {
            if (_xml.NodeType != XmlNodeType.Element) continue;
            if (_xml.LocalName == "rPh") SkipElement();
            else if (_xml.LocalName == "t")
            {
                var text = ReadText();
                if (first is null) first = text;
                else (more ??= new StringBuilder(first)).Append(text);
            }
        }
        return more?.ToString() ?? first ?? string.Empty;
    }

    public void Dispose() => _xml.Dispose();
}
