using System;
using System.IO;

namespace FinalAccounts.Import.Xlsx;

/// <summary>
/// A zip entry's inflated bytes, refused as soon as they exceed what the entry declared or the part limit: a zip's sizes
/// are only claims, and a bomb lies about them. Memory stays bounded because nothing upstream holds more than a buffer.
/// </summary>
internal sealed class BoundedReadStream : Stream
{
    private readonly Stream _inner;
    private readonly string _chinese;
    private readonly string _english;
    private readonly long _limit;
    private readonly Action<long> _count;
    private long _read;

    /// <param name="inner">The entry's inflating stream.</param>
    /// <param name="chinese">The part as messages name it in Chinese.</param>
    /// <param name="english">The part as messages name it in English.</param>
    /// <param name="limit">The most bytes the part may inflate to.</param>
    /// <param name="count">Told every block read (the workbook's total).</param>
    public BoundedReadStream(Stream inner, string chinese, string english, long limit, Action<long> count)
    {
        _inner = inner;
        _chinese = chinese;
        _english = english;
        _limit = limit;
        _count = count;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = _inner.Read(buffer);
        _read += n;
        if (_read > _limit)
        {
            throw new XlsxRefusal(
                _chinese + " 解压后超过其声明的或允许的 " + Size(_limit) + "（压缩炸弹？）",
                _english + " inflates past its declared or allowed " + Size(_limit) + " (a zip bomb?)");
        }
        _count(n);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>"64 MiB" or "1,000 bytes".</summary>
    internal static string Size(long bytes)
        => bytes >= 1 << 20 && bytes % (1 << 20) == 0
            ? (bytes >> 20).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " MiB"
            : bytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes";
}
