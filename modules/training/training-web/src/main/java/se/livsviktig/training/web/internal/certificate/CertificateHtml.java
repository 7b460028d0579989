package se.livsviktig.training.web.internal.certificate;

import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.StringUtil;

import java.text.NumberFormat;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.Base64;
import java.util.Date;
import java.util.ResourceBundle;

/**
 * The certificate as a complete XHTML document: well-formed XML, because the PDF writer parses it as XML, and
 * an accessible page (language, title, headings, the facts as a table of row headers and values), because the
 * same markup is what the view tier checks with axe-core and what becomes the tagged PDF. The facts are a
 * table, not a definition list, because the PDF writer tags a table as TR/TH(Scope Row)/TD, keeping each label
 * with its value for a screen reader, while it tags dt and dd as loose paragraphs. Every value is escaped.
 *
 * @author Livsviktig
 */
public class CertificateHtml {

	/**
	 * @param resourceBundle the web bundle's texts in the certificate's language
	 */
	public CertificateHtml(ResourceBundle resourceBundle) {
		_resourceBundle = resourceBundle;
	}

	public String render(Certificate certificate) {
		String languageTag = certificate.getLocale().toLanguageTag();
		String statement = _format(
			"x-has-completed-the-course-x", certificate.getParticipantName(),
			certificate.getCourseTitle());

		StringBuilder sb = new StringBuilder(4096);

		sb.append("<!DOCTYPE html>\n");
		sb.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"");
		sb.append(languageTag);
		sb.append("\" xml:lang=\"");
		sb.append(languageTag);
		sb.append("\">\n<head>\n<meta charset=\"utf-8\" />\n");

		// The PDF writer takes the document's subject (its dc:description, which PDF/UA wants) and author from these.

		sb.append("<meta name=\"subject\" content=\"");
		sb.append(_escape(statement));
		sb.append("\" />\n<meta name=\"author\" content=\"");
		sb.append(_escape(certificate.getIssuer()));
		sb.append("\" />\n<title>");
		sb.append(
			_escape(
				_format(
					"certificate-title-x", certificate.getParticipantName())));
		sb.append("</title>\n<style>\n");
		sb.append(_STYLE);
		sb.append("</style>\n</head>\n<body>\n<main>\n");

		_issuer(sb, certificate);

		sb.append("<h1>");
		sb.append(_escape(_text("course-certificate")));
		sb.append("</h1>\n<p class=\"statement\">");
		sb.append(_escape(statement));
		sb.append("</p>\n<h2>");
		sb.append(_escape(_text("certificate-about-the-training")));
		sb.append("</h2>\n<table class=\"facts\">\n<tbody>\n");

		_term(
			sb, "certificate-participant", certificate.getParticipantName());
		_term(sb, "certificate-course", certificate.getCourseTitle());
		_term(
			sb, "certificate-training-method",
			certificate.getTrainingMethodName());

		sb.append("<tr>\n<th scope=\"row\">");
		sb.append(_escape(_text("certificate-dates")));
		sb.append("</th>\n<td>\n<ul>\n");

		for (Date[] sessionDate : certificate.getSessionDates()) {
			sb.append("<li>");
			sb.append(_escape(_dateAndTimes(certificate, sessionDate)));
			sb.append("</li>\n");
		}

		sb.append("</ul>\n</td>\n</tr>\n");

		NumberFormat numberFormat = NumberFormat.getNumberInstance(
			certificate.getLocale());

		numberFormat.setMaximumFractionDigits(1);

		_term(
			sb, "certificate-hours",
			_format(
				"certificate-x-hours",
				numberFormat.format(certificate.getHours())));
		_term(sb, "certificate-place", certificate.getPlace());
		_term(
			sb, "certificate-completed-on",
			_date(certificate, certificate.getCompletionDate()));
		_term(sb, "certificate-issued-by", certificate.getIssuer());

		if (certificate.getCertificateNumber() != null) {
			_term(
				sb, "certificate-number", certificate.getCertificateNumber());
			_term(
				sb, "verification-code", certificate.getVerificationCode());
		}

		sb.append("</tbody>\n</table>\n");

		if (certificate.getVerificationURL() != null) {
			_verificationQrCode(sb, certificate);

			sb.append("<p class=\"verification\">");
			sb.append(_escape(_text(_CHECK_AT_KEY)));
			sb.append("<br />\n<span class=\"url\">");
			sb.append(_escape(certificate.getVerificationURL()));
			sb.append("</span></p>\n");
		}

		sb.append("<p class=\"signature\">");
		sb.append(_escape(_text("certificate-signature")));
		sb.append("</p>\n</main>\n</body>\n</html>\n");

		return sb.toString();
	}

	private static String _escape(String text) {
		return HtmlUtil.escape(text);
	}

	private String _date(Certificate certificate, Date date) {
		DateTimeFormatter dateTimeFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.LONG
		).withLocale(
			certificate.getLocale()
		).withZone(
			_zoneId(certificate)
		);

		return dateTimeFormatter.format(date.toInstant());
	}

	private String _dateAndTimes(Certificate certificate, Date[] sessionDate) {
		DateTimeFormatter timeFormatter = DateTimeFormatter.ofLocalizedTime(
			FormatStyle.SHORT
		).withLocale(
			certificate.getLocale()
		).withZone(
			_zoneId(certificate)
		);

		return _date(certificate, sessionDate[0]) + ", " +
			timeFormatter.format(sessionDate[0].toInstant()) + "\u2013" +
				timeFormatter.format(sessionDate[1].toInstant());
	}

	private String _format(String key, String... arguments) {
		String text = _text(key);

		for (int i = 0; i < arguments.length; i++) {
			text = StringUtil.replace(
				text, "{" + i + "}", String.valueOf(arguments[i]));
		}

		return text;
	}

	private void _term(StringBuilder sb, String key, String value) {
		sb.append("<tr>\n<th scope=\"row\">");
		sb.append(_escape(_text(key)));
		sb.append("</th>\n<td>");
		sb.append(_escape(value));
		sb.append("</td>\n</tr>\n");
	}

	/**
	 * The issuer at the head of the page: the company's logo when it has one (its name as the text alternative,
	 * so a screen reader hears whose logo it is) and its name.
	 */
	private void _issuer(StringBuilder sb, Certificate certificate) {
		sb.append("<div class=\"issuer\">");

		if ((certificate.getLogo() != null) &&
			(certificate.getLogo().length > 0)) {

			sb.append("<img class=\"logo\" src=\"data:");
			sb.append(_escape(certificate.getLogoMediaType()));
			sb.append(";base64,");
			sb.append(Base64.getEncoder().encodeToString(certificate.getLogo()));
			sb.append("\" alt=\"");
			sb.append(
				_escape(_format("logo-of-x", certificate.getIssuer())));
			sb.append("\" />");
		}

		sb.append("<p class=\"issuer-name\">");
		sb.append(_escape(certificate.getIssuer()));
		sb.append("</p></div>\n");
	}

	/**
	 * The verification link as a QR code beside the printed link, with a text alternative that says what it holds,
	 * for the PDF's tags and for a screen reader.
	 */
	private void _verificationQrCode(
		StringBuilder sb, Certificate certificate) {

		sb.append("<img class=\"qr\" src=\"data:image/png;base64,");
		sb.append(
			Base64.getEncoder(
			).encodeToString(
				CertificateQrCode.toPng(certificate.getVerificationURL())
			));
		sb.append("\" alt=\"");
		sb.append(_escape(_text(_QR_CODE_ALT_KEY)));
		sb.append("\" />\n");
	}

	private String _text(String key) {
		return _resourceBundle.getString(key);
	}

	private ZoneId _zoneId(Certificate certificate) {
		return certificate.getTimeZone().toZoneId();
	}

	private static final String _CHECK_AT_KEY =
		"anyone-can-check-this-certificate-with-its-number-and-code-at";

	private static final String _QR_CODE_ALT_KEY =
		"qr-code-with-the-link-to-check-this-certificate";

	private static final String _STYLE = String.join(
		"\n", "@page { size: A4; margin: 22mm 22mm 25mm; }",
		".issuer { border-bottom: 1.5pt solid #0b5fff; padding-bottom: 6pt;",
		"  margin-bottom: 18pt; }",
		".logo { max-height: 18mm; max-width: 60mm; display: block;",
		"  margin-bottom: 4pt; }",
		".issuer-name { font-size: 13pt; font-weight: bold; margin: 0; }",
		".verification { font-size: 10pt; margin: 18pt 0 0; color: #3b3b45; }",
		".url { word-wrap: break-word; }",
		".qr { float: right; width: 30mm; height: 30mm; margin: 12pt 0 0 12pt; }",
		".signature { margin-top: 36pt; padding-top: 4pt; width: 70mm;",
		"  border-top: 0.75pt solid #1c1c24; font-size: 10pt; }",
		"body { margin: 0; color: #1c1c24; background: #ffffff;",
		"  font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 12pt;",
		"  line-height: 1.5; }",
		"main { display: block; }",
		"h1 { font-size: 28pt; margin: 0 0 12pt; }",
		"h2 { font-size: 14pt; margin: 24pt 0 6pt; }",
		".statement { font-size: 15pt; margin: 0 0 12pt; }",
		".facts { border-collapse: collapse; width: 100%; }",
		".facts th { font-weight: bold; text-align: left; vertical-align: top;",
		"  padding: 6pt 12pt 6pt 0; width: 35%; }",
		".facts td { padding: 6pt 0; vertical-align: top; }",
		".facts tr { border-bottom: 0.5pt solid #c8c8d0; }",
		"ul { margin: 0; padding-left: 16pt; }", "");

	private final ResourceBundle _resourceBundle;

}
