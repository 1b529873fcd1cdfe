using System.Text;
using QRCoder;

namespace Registry.Web.Dossiers.Composition;

/// <summary>A QR code as inline SVG: one path of dark runs, so it needs no image load and stays sharp in print.</summary>
public static class QrCode
{
    public static string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (!matrix[y][x]) continue;
                var run = 1;
                while (x + run < size && matrix[y][x + run]) run++;
                path.Append($"M{x} {y}h{run}v1h-{run}z");
                x += run - 1;
            }
        }
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"QR code: {DossierWriter.E(url)}\" "
            + $"shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>";
    }
}
