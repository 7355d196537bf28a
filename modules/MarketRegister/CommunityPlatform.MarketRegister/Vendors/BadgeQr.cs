using QRCoder;

namespace CommunityPlatform.MarketRegister.Vendors;

/// <summary>A QR code as a PNG data URL (the console's strict policy allows <c>data:</c> images, not inline script).</summary>
public static class BadgeQr
{
    public static string DataUrl(string url, int pixelsPerModule = 4)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(pixelsPerModule));
    }
}
