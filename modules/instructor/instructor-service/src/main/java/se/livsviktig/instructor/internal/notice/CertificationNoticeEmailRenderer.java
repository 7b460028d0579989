package se.livsviktig.instructor.internal.notice;

import com.liferay.portal.kernel.util.HtmlUtil;

/**
 * The HTML of a certification notice e-mail: a complete, accessible document (language, title, one heading, the
 * details as a table with row headers) with every value escaped, so a method name or issuer with markup in it
 * stays text. Inline styles only, because mail clients drop style sheets.
 *
 * @author Livsviktig
 */
public class CertificationNoticeEmailRenderer {

	public String render(CertificationNoticeEmail email) {
		StringBuilder sb = new StringBuilder(2048);

		sb.append("<!DOCTYPE html>\n<html lang=\"");
		sb.append(HtmlUtil.escapeAttribute(email.getLocale().toLanguageTag()));
		sb.append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
		sb.append(HtmlUtil.escape(email.getSubject()));
		sb.append("</title>\n</head>\n");
		sb.append("<body style=\"margin:0;padding:24px;background:#ffffff;");
		sb.append("color:#272833;font-family:Arial,sans-serif;font-size:16px;");
		sb.append("line-height:1.5\">\n<main>\n<h1 style=\"font-size:22px;");
		sb.append("margin:0 0 16px\">");
		sb.append(HtmlUtil.escape(email.getSubject()));
		sb.append("</h1>\n");

		for (String paragraph : email.getParagraphs()) {
			sb.append("<p>");
			sb.append(HtmlUtil.escape(paragraph));
			sb.append("</p>\n");
		}

		sb.append("<table style=\"border-collapse:collapse;margin:16px 0\">\n");

		for (String[] detail : email.getDetails()) {
			sb.append("<tr><th scope=\"row\" style=\"text-align:left;");
			sb.append("padding:4px 16px 4px 0;vertical-align:top\">");
			sb.append(HtmlUtil.escape(detail[0]));
			sb.append("</th><td style=\"padding:4px 0\">");
			sb.append(HtmlUtil.escape(detail[1]));
			sb.append("</td></tr>\n");
		}

		sb.append("</table>\n<p style=\"color:#54555f;font-size:14px\">");
		sb.append(HtmlUtil.escape(email.getSignature()));
		sb.append("</p>\n</main>\n</body>\n</html>\n");

		return sb.toString();
	}

}
