package se.livsviktig.careprogram.service.internal.notice;

import com.liferay.portal.kernel.util.HtmlUtil;

import java.util.Locale;

/**
 * A review notice as an HTML e-mail in the recipient's language: a complete, accessible document (language,
 * title, one heading, the greeting and the notice, a link to "Mina granskningar" when the company configured one)
 * with every value escaped, so a programme's title or an administration's name with markup in it stays text.
 * Inline styles only, because mail clients drop style sheets.
 *
 * @author Livsviktig
 */
public class ReviewNoticeEmail {

	public ReviewNoticeEmail(
		Locale locale, String subject, String greeting, String body,
		String linkLabel, String linkURL, String signature) {

		_locale = locale;
		_subject = subject;
		_greeting = greeting;
		_body = body;
		_linkLabel = linkLabel;
		_linkURL = linkURL;
		_signature = signature;
	}

	public String getSubject() {
		return _subject;
	}

	public String toHTML() {
		StringBuilder sb = new StringBuilder(2048);

		sb.append("<!DOCTYPE html>\n<html lang=\"");
		sb.append(HtmlUtil.escapeAttribute(_locale.toLanguageTag()));
		sb.append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
		sb.append(HtmlUtil.escape(_subject));
		sb.append("</title>\n</head>\n");
		sb.append("<body style=\"margin:0;padding:24px;background:#ffffff;");
		sb.append("color:#272833;font-family:Arial,sans-serif;font-size:16px;");
		sb.append("line-height:1.5\">\n<main>\n<h1 style=\"font-size:22px;");
		sb.append("margin:0 0 16px\">");
		sb.append(HtmlUtil.escape(_subject));
		sb.append("</h1>\n<p>");
		sb.append(HtmlUtil.escape(_greeting));
		sb.append("</p>\n<p>");
		sb.append(HtmlUtil.escape(_body));
		sb.append("</p>\n");

		if (_isWebLink(_linkURL)) {
			sb.append("<p><a style=\"color:#0b5fff\" href=\"");
			sb.append(HtmlUtil.escapeHREF(_linkURL));
			sb.append("\">");
			sb.append(HtmlUtil.escape(_linkLabel));
			sb.append("</a></p>\n");
		}

		sb.append("<p style=\"color:#54555f;font-size:14px\">");
		sb.append(HtmlUtil.escape(_signature));
		sb.append("</p>\n</main>\n</body>\n</html>\n");

		return sb.toString();
	}

	/**
	 * Only an http or https address becomes a link: a configured "javascript:" would run in some mail clients.
	 */
	private static boolean _isWebLink(String url) {
		if (url == null) {
			return false;
		}

		String lowerCaseURL = url.trim(
		).toLowerCase(
			Locale.ROOT
		);

		return lowerCaseURL.startsWith("https://") ||
			   lowerCaseURL.startsWith("http://");
	}

	private final String _body;
	private final String _greeting;
	private final String _linkLabel;
	private final String _linkURL;
	private final Locale _locale;
	private final String _signature;
	private final String _subject;

}
