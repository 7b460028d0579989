package se.livsviktig.training.web.internal.certificate;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The fonts the certificate is written in, all in this bundle (PDF/UA embeds every font): Liberation Sans first,
 * DejaVu Sans for the letters it lacks (the writer falls back glyph by glyph along the CSS font-family list).
 * Knows which characters they can draw between them, so that a text they cannot draw is refused up front.
 *
 * @author Livsviktig
 */
public class CertificateFonts {

	public static final String FALLBACK_FONT_FAMILY = "DejaVu Sans";

	public static final String FONT_FAMILY = "Liberation Sans";

	/**
	 * @return the characters of the text that no embedded font has, each once; whitespace, controls and
	 *         invisible formatting characters (joiners, direction marks) need no glyph and are never listed
	 */
	public static String missingCharacters(String text) {
		Set<String> missingCharacters = new LinkedHashSet<>();

		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);

			if (!_needsNoGlyph(codePoint) && !_canDraw(codePoint)) {
				missingCharacters.add(new String(Character.toChars(codePoint)));
			}

			i += Character.charCount(codePoint);
		}

		return String.join("", missingCharacters);
	}

	public static void useFonts(PdfRendererBuilder pdfRendererBuilder) {
		pdfRendererBuilder.useFont(
			() -> _font(_LIBERATION_SANS_REGULAR), FONT_FAMILY, 400,
			BaseRendererBuilder.FontStyle.NORMAL, true);
		pdfRendererBuilder.useFont(
			() -> _font(_LIBERATION_SANS_BOLD), FONT_FAMILY, 700,
			BaseRendererBuilder.FontStyle.NORMAL, true);
		pdfRendererBuilder.useFont(
			() -> _font(_DEJAVU_SANS_REGULAR), FALLBACK_FONT_FAMILY, 400,
			BaseRendererBuilder.FontStyle.NORMAL, true);
		pdfRendererBuilder.useFont(
			() -> _font(_DEJAVU_SANS_BOLD), FALLBACK_FONT_FAMILY, 700,
			BaseRendererBuilder.FontStyle.NORMAL, true);
	}

	private static boolean _canDraw(int codePoint) {
		for (CmapLookup cmapLookup : _CmapLookupsHolder._cmapLookups) {
			if (cmapLookup.getGlyphId(codePoint) > 0) {
				return true;
			}
		}

		return false;
	}

	private static InputStream _font(String path) {
		InputStream inputStream = CertificateFonts.class.getResourceAsStream(
			path);

		if (inputStream == null) {
			throw new IllegalStateException(
				"The font " + path + " is missing from the bundle");
		}

		return inputStream;
	}

	private static boolean _needsNoGlyph(int codePoint) {
		int type = Character.getType(codePoint);

		return Character.isWhitespace(codePoint) ||
			(type == Character.CONTROL) || (type == Character.FORMAT);
	}

	/**
	 * The regular faces' character maps; a bold face has the same characters as its regular one.
	 */
	private static List<CmapLookup> _readCmapLookups() {
		List<CmapLookup> cmapLookups = new ArrayList<>();

		for (String path :
				new String[] {
					_LIBERATION_SANS_REGULAR, _DEJAVU_SANS_REGULAR
				}) {

			try (InputStream inputStream = _font(path)) {
				TrueTypeFont trueTypeFont = new TTFParser().parse(inputStream);

				cmapLookups.add(trueTypeFont.getUnicodeCmapLookup());
			}
			catch (IOException ioException) {
				throw new UncheckedIOException(ioException);
			}
		}

		return Collections.unmodifiableList(cmapLookups);
	}

	private static final String _DEJAVU_SANS_BOLD =
		"/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

	private static final String _DEJAVU_SANS_REGULAR =
		"/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

	private static final String _LIBERATION_SANS_BOLD =
		"/liberation/LiberationSans-Bold.ttf";

	private static final String _LIBERATION_SANS_REGULAR =
		"/liberation/LiberationSans-Regular.ttf";

	/**
	 * Reads the fonts once, on first use, thread-safely.
	 */
	private static class _CmapLookupsHolder {

		private static final List<CmapLookup> _cmapLookups =
			_readCmapLookups();

	}

}
