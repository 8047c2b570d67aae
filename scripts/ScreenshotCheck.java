import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Fails (exit 1) when a screenshot of report.html is unreadable or blank: it must have many colours, a fair
 * share of non-white pixels, and the dark end of the free-energy maps' colour scale (viridis), which only
 * appears when the plot images were drawn. Run by scripts/check-report.sh.
 */
public class ScreenshotCheck {
    public static void main(String[] args) throws Exception {
        BufferedImage img = ImageIO.read(new File(args[0]));
        if (img == null) {
            System.err.println("not a readable image: " + args[0]);
            System.exit(1);
        }
        Set<Integer> colours = new HashSet<>();
        long nonWhite = 0;
        long viridisDark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (r + g + b < 3 * 245) {
                    nonWhite++;
                }
                if (Math.abs(r - 68) < 12 && g < 20 && Math.abs(b - 84) < 12) {
                    viridisDark++;
                }
            }
        }
        double share = (double) nonWhite / ((long) img.getWidth() * img.getHeight());
        System.err.printf("screenshot %dx%d: %d colours, %.1f%% non-white, %d viridis-dark pixels%n",
                img.getWidth(), img.getHeight(), colours.size(), 100 * share, viridisDark);
        if (colours.size() < 64 || share < 0.02 || viridisDark < 50) {
            System.exit(1);
        }
    }
}
