package org.govindex.reports.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.govindex.contract.Messages;

/**
 * Finds the font with Chinese glyphs that reports use, in this order:
 *
 * <ol>
 *   <li>the Noto Sans SC file bundled into the reports jar at build time (classpath resource
 *       {@value #BUNDLED_RESOURCE});
 *   <li>files fontconfig lists for Chinese ({@code fc-list :lang=zh file});
 *   <li>well-known system font files; a directory entry stands for the {@code .ttf}/{@code .ttc}
 *       files in it.
 * </ol>
 *
 * The first candidate that {@link FontFileInspector} accepts wins (TrueType outlines, embedding
 * permitted, glyphs for the report vocabulary). When none does, {@link #locate()} throws a {@link
 * CjkFontNotFoundException} that says where it looked and how to get a font.
 */
public final class CjkFontLocator {

  /** Classpath resource of the bundled font. */
  public static final String BUNDLED_RESOURCE = "govindex/fonts/NotoSansSC-Regular.ttf";

  /** Well-known places of TrueType CJK fonts on Linux, macOS and Windows. */
  public static final List<Path> WELL_KNOWN_PATHS =
      List.of(
          Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
          Path.of("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"),
          Path.of("/usr/share/fonts/truetype/wqy"),
          Path.of("/usr/share/fonts/wqy-microhei"),
          Path.of("/usr/share/fonts/wqy-zenhei"),
          Path.of("/usr/share/fonts/truetype/arphic"),
          Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
          Path.of("/Library/Fonts/Arial Unicode.ttf"),
          Path.of("C:/Windows/Fonts/simhei.ttf"),
          Path.of("C:/Windows/Fonts/simsun.ttc"),
          Path.of("C:/Windows/Fonts/msyh.ttc"));

  private static CjkFont defaultFont;

  private final ClassLoader classLoader;
  private final String bundledResource;
  private final Supplier<List<Path>> fontconfigFiles;
  private final List<Path> wellKnownPaths;

  /**
   * @param classLoader where to look for the bundled resource
   * @param bundledResource classpath resource name of the bundled font
   * @param fontconfigFiles the files fontconfig lists for Chinese
   * @param wellKnownPaths font files or directories to try last
   */
  public CjkFontLocator(
      ClassLoader classLoader,
      String bundledResource,
      Supplier<List<Path>> fontconfigFiles,
      List<Path> wellKnownPaths) {
    this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    this.bundledResource = Objects.requireNonNull(bundledResource, "bundledResource");
    this.fontconfigFiles = Objects.requireNonNull(fontconfigFiles, "fontconfigFiles");
    this.wellKnownPaths = List.copyOf(wellKnownPaths);
  }

  /** The locator with the bundled resource, fontconfig and {@link #WELL_KNOWN_PATHS}. */
  public static CjkFontLocator systemDefault() {
    return new CjkFontLocator(
        CjkFontLocator.class.getClassLoader(),
        BUNDLED_RESOURCE,
        new FontconfigCandidates(),
        WELL_KNOWN_PATHS);
  }

  /** The font of {@link #systemDefault()}, located once per JVM. */
  public static synchronized CjkFont defaultFont() {
    if (defaultFont == null) {
      defaultFont = systemDefault().locate();
    }
    return defaultFont;
  }

  /** The first usable CJK font, in the order of the class comment. */
  public CjkFont locate() {
    List<String> rejected = new ArrayList<>();
    CjkFont bundled = bundled(rejected);
    if (bundled != null) {
      return bundled;
    }
    List<Path> listed = fontconfigFiles.get();
    CjkFont found = firstUsable(listed, FontOrigin.FONTCONFIG, rejected);
    if (found != null) {
      return found;
    }
    List<Path> known = expand(wellKnownPaths);
    found = firstUsable(known, FontOrigin.WELL_KNOWN_PATH, rejected);
    if (found != null) {
      return found;
    }
    String remedy = Messages.text("reports.font.remedy");
    throw new CjkFontNotFoundException(
        rejected.isEmpty()
            ? Messages.text(
                "reports.font.notFound", bundledResource, listed.size(), known.size(), remedy)
            : Messages.text(
                "reports.font.notFoundRejecting",
                bundledResource,
                listed.size(),
                known.size(),
                String.join(Messages.text("reports.font.separator"), rejected),
                remedy));
  }

  private CjkFont bundled(List<String> rejected) {
    try (InputStream in = classLoader.getResourceAsStream(bundledResource)) {
      if (in == null) {
        return null;
      }
      return accept(
          FontOrigin.BUNDLED, "classpath:" + bundledResource, in.readAllBytes(), rejected);
    } catch (IOException e) {
      rejected.add(
          Messages.text("reports.font.rejected", "classpath:" + bundledResource, e.getMessage()));
      return null;
    }
  }

  private static CjkFont firstUsable(List<Path> files, FontOrigin origin, List<String> rejected) {
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try {
        CjkFont font = accept(origin, file.toString(), Files.readAllBytes(file), rejected);
        if (font != null) {
          return font;
        }
      } catch (IOException e) {
        rejected.add(Messages.text("reports.font.rejected", file, e.getMessage()));
      }
    }
    return null;
  }

  private static CjkFont accept(
      FontOrigin origin, String location, byte[] data, List<String> rejected) {
    FontFileInspector.Verdict verdict = FontFileInspector.inspect(data);
    if (!verdict.usable()) {
      rejected.add(Messages.text("reports.font.rejected", location, verdict.rejection()));
      return null;
    }
    return new CjkFont(origin, location, data, verdict.collection(), verdict.postScriptName());
  }

  /** Replaces each directory by its font files (sorted); keeps files; drops missing entries. */
  static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> entries = Files.list(path)) {
          entries.filter(CjkFontLocator::isFontFile).sorted().forEach(files::add);
        } catch (IOException e) {
          // unreadable directory: nothing to try there
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      }
    }
    return files;
  }

  private static boolean isFontFile(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(path) && (name.endsWith(".ttf") || name.endsWith(".ttc"));
  }
}
