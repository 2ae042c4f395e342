package org.govindex.reports.chart;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link Graphics2D} that draws every text as the outline of its glyphs in the current font
 * object, and passes everything else on to a target (the SVG canvas). Needed because JFreeSVG's own
 * vector text mode rebuilds the font from its attributes (family name), which does not find a font
 * loaded from a file with {@link Font#createFont}, such as the bundled CJK font, and so draws
 * Chinese as missing-glyph boxes.
 */
final class OutlineTextGraphics extends Graphics2D {

  private final Graphics2D target;

  OutlineTextGraphics(Graphics2D target) {
    this.target = Objects.requireNonNull(target, "target");
  }

  // text: glyph outlines in the current font

  @Override
  public void drawString(String str, int x, int y) {
    drawString(str, (float) x, (float) y);
  }

  @Override
  public void drawString(String str, float x, float y) {
    Objects.requireNonNull(str, "str");
    if (!str.isEmpty()) {
      fillOutline(new TextLayout(str, getFont(), getFontRenderContext()), x, y);
    }
  }

  @Override
  public void drawString(AttributedCharacterIterator iterator, int x, int y) {
    drawString(iterator, (float) x, (float) y);
  }

  @Override
  public void drawString(AttributedCharacterIterator iterator, float x, float y) {
    if (iterator.getEndIndex() > iterator.getBeginIndex()) {
      fillOutline(new TextLayout(iterator, getFontRenderContext()), x, y);
    }
  }

  @Override
  public void drawChars(char[] data, int offset, int length, int x, int y) {
    drawString(new String(data, offset, length), x, y);
  }

  @Override
  public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
    target.fill(glyphs.getOutline(x, y));
  }

  private void fillOutline(TextLayout layout, float x, float y) {
    target.fill(layout.getOutline(AffineTransform.getTranslateInstance(x, y)));
  }

  // everything else: passed on

  @Override
  public Graphics create() {
    return new OutlineTextGraphics((Graphics2D) target.create());
  }

  @Override
  public void dispose() {
    target.dispose();
  }

  @Override
  public void draw(Shape shape) {
    target.draw(shape);
  }

  @Override
  public void fill(Shape shape) {
    target.fill(shape);
  }

  @Override
  public boolean hit(Rectangle rect, Shape shape, boolean onStroke) {
    return target.hit(rect, shape, onStroke);
  }

  @Override
  public boolean drawImage(Image image, AffineTransform transform, ImageObserver observer) {
    return target.drawImage(image, transform, observer);
  }

  @Override
  public void drawImage(BufferedImage image, BufferedImageOp op, int x, int y) {
    target.drawImage(image, op, x, y);
  }

  @Override
  public void drawRenderedImage(RenderedImage image, AffineTransform transform) {
    target.drawRenderedImage(image, transform);
  }

  @Override
  public void drawRenderableImage(RenderableImage image, AffineTransform transform) {
    target.drawRenderableImage(image, transform);
  }

  @Override
  public boolean drawImage(Image image, int x, int y, ImageObserver observer) {
    return target.drawImage(image, x, y, observer);
  }

  @Override
  public boolean drawImage(
      Image image, int x, int y, int width, int height, ImageObserver observer) {
    return target.drawImage(image, x, y, width, height, observer);
  }

  @Override
  public boolean drawImage(Image image, int x, int y, Color background, ImageObserver observer) {
    return target.drawImage(image, x, y, background, observer);
  }

  @Override
  public boolean drawImage(
      Image image, int x, int y, int width, int height, Color background, ImageObserver observer) {
    return target.drawImage(image, x, y, width, height, background, observer);
  }

  @Override
  public boolean drawImage(
      Image image,
      int dx1,
      int dy1,
      int dx2,
      int dy2,
      int sx1,
      int sy1,
      int sx2,
      int sy2,
      ImageObserver observer) {
    return target.drawImage(image, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, observer);
  }

  @Override
  public boolean drawImage(
      Image image,
      int dx1,
      int dy1,
      int dx2,
      int dy2,
      int sx1,
      int sy1,
      int sx2,
      int sy2,
      Color background,
      ImageObserver observer) {
    return target.drawImage(image, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, background, observer);
  }

  @Override
  public GraphicsConfiguration getDeviceConfiguration() {
    return target.getDeviceConfiguration();
  }

  @Override
  public void setComposite(Composite composite) {
    target.setComposite(composite);
  }

  @Override
  public Composite getComposite() {
    return target.getComposite();
  }

  @Override
  public void setPaint(Paint paint) {
    target.setPaint(paint);
  }

  @Override
  public Paint getPaint() {
    return target.getPaint();
  }

  @Override
  public void setStroke(Stroke stroke) {
    target.setStroke(stroke);
  }

  @Override
  public Stroke getStroke() {
    return target.getStroke();
  }

  @Override
  public void setRenderingHint(RenderingHints.Key key, Object value) {
    target.setRenderingHint(key, value);
  }

  @Override
  public Object getRenderingHint(RenderingHints.Key key) {
    return target.getRenderingHint(key);
  }

  @Override
  public void setRenderingHints(Map<?, ?> hints) {
    target.setRenderingHints(hints);
  }

  @Override
  public void addRenderingHints(Map<?, ?> hints) {
    target.addRenderingHints(hints);
  }

  @Override
  public RenderingHints getRenderingHints() {
    return target.getRenderingHints();
  }

  @Override
  public void translate(int x, int y) {
    target.translate(x, y);
  }

  @Override
  public void translate(double tx, double ty) {
    target.translate(tx, ty);
  }

  @Override
  public void rotate(double theta) {
    target.rotate(theta);
  }

  @Override
  public void rotate(double theta, double x, double y) {
    target.rotate(theta, x, y);
  }

  @Override
  public void scale(double sx, double sy) {
    target.scale(sx, sy);
  }

  @Override
  public void shear(double shx, double shy) {
    target.shear(shx, shy);
  }

  @Override
  public void transform(AffineTransform transform) {
    target.transform(transform);
  }

  @Override
  public void setTransform(AffineTransform transform) {
    target.setTransform(transform);
  }

  @Override
  public AffineTransform getTransform() {
    return target.getTransform();
  }

  @Override
  public void setBackground(Color color) {
    target.setBackground(color);
  }

  @Override
  public Color getBackground() {
    return target.getBackground();
  }

  @Override
  public void clip(Shape shape) {
    target.clip(shape);
  }

  @Override
  public FontRenderContext getFontRenderContext() {
    return target.getFontRenderContext();
  }

  @Override
  public Color getColor() {
    return target.getColor();
  }

  @Override
  public void setColor(Color color) {
    target.setColor(color);
  }

  @Override
  public void setPaintMode() {
    target.setPaintMode();
  }

  @Override
  public void setXORMode(Color color) {
    target.setXORMode(color);
  }

  @Override
  public Font getFont() {
    return target.getFont();
  }

  @Override
  public void setFont(Font font) {
    target.setFont(font);
  }

  @Override
  public FontMetrics getFontMetrics(Font font) {
    return target.getFontMetrics(font);
  }

  @Override
  public Rectangle getClipBounds() {
    return target.getClipBounds();
  }

  @Override
  public void clipRect(int x, int y, int width, int height) {
    target.clipRect(x, y, width, height);
  }

  @Override
  public void setClip(int x, int y, int width, int height) {
    target.setClip(x, y, width, height);
  }

  @Override
  public Shape getClip() {
    return target.getClip();
  }

  @Override
  public void setClip(Shape clip) {
    target.setClip(clip);
  }

  @Override
  public void copyArea(int x, int y, int width, int height, int dx, int dy) {
    target.copyArea(x, y, width, height, dx, dy);
  }

  @Override
  public void drawLine(int x1, int y1, int x2, int y2) {
    target.drawLine(x1, y1, x2, y2);
  }

  @Override
  public void drawRect(int x, int y, int width, int height) {
    target.drawRect(x, y, width, height);
  }

  @Override
  public void fillRect(int x, int y, int width, int height) {
    target.fillRect(x, y, width, height);
  }

  @Override
  public void clearRect(int x, int y, int width, int height) {
    target.clearRect(x, y, width, height);
  }

  @Override
  public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
    target.drawRoundRect(x, y, width, height, arcWidth, arcHeight);
  }

  @Override
  public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
    target.fillRoundRect(x, y, width, height, arcWidth, arcHeight);
  }

  @Override
  public void drawOval(int x, int y, int width, int height) {
    target.drawOval(x, y, width, height);
  }

  @Override
  public void fillOval(int x, int y, int width, int height) {
    target.fillOval(x, y, width, height);
  }

  @Override
  public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
    target.drawArc(x, y, width, height, startAngle, arcAngle);
  }

  @Override
  public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
    target.fillArc(x, y, width, height, startAngle, arcAngle);
  }

  @Override
  public void drawPolyline(int[] xPoints, int[] yPoints, int count) {
    target.drawPolyline(xPoints, yPoints, count);
  }

  @Override
  public void drawPolygon(int[] xPoints, int[] yPoints, int count) {
    target.drawPolygon(xPoints, yPoints, count);
  }

  @Override
  public void fillPolygon(int[] xPoints, int[] yPoints, int count) {
    target.fillPolygon(xPoints, yPoints, count);
  }
}
