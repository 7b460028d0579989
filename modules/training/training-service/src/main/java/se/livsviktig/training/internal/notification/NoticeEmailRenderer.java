package se.livsviktig.training.internal.notification;

import com.liferay.portal.kernel.util.HtmlUtil;

/**
 * The HTML of a notice e-mail: a complete, accessible document (language, title, one heading, the session's
 * details as a table with row headers) with every value escaped. Inline styles only, because mail clients
 * drop style sheets.
 *
 * @author Livsviktig
 */
public class NoticeEmailRenderer {

	public String render(NoticeContent noticeContent) {
		StringBuilder sb = new StringBuilder(2048);

		sb.append("<!DOCTYPE html>\n<html lang=\"");
		sb.append(noticeContent.getLocale().toLanguageTag());
		sb.append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
		sb.append(HtmlUtil.escape(noticeContent.getSubject()));
		sb.append("</title>\n</head>\n");
		sb.append("<body style=\"margin:0;padding:24px;background:#ffffff;");
		sb.append("color:#272833;font-family:Arial,sans-serif;font-size:16px;");
		sb.append("line-height:1.5\">\n<main>\n<h1 style=\"font-size:22px;");
		sb.append("margin:0 0 16px\">");
		sb.append(HtmlUtil.escape(noticeContent.getSubject()));
		sb.append("</h1>\n");

		for (String paragraph : noticeContent.getParagraphs()) {
			sb.append("<p>");
			sb.append(HtmlUtil.escape(paragraph));
			sb.append("</p>\n");
		}

		if (!noticeContent.getDetails(
			).isEmpty()) {

			sb.append("<table style=\"border-collapse:collapse;margin:16px 0\">");
			sb.append("\n");

			for (String[] detail : noticeContent.getDetails()) {
				sb.append("<tr><th scope=\"row\" style=\"text-align:left;");
				sb.append("padding:4px 16px 4px 0;vertical-align:top\">");
				sb.append(HtmlUtil.escape(detail[0]));
				sb.append("</th><td style=\"padding:4px 0\">");
				sb.append(HtmlUtil.escape(detail[1]));
				sb.append("</td></tr>\n");
			}

			sb.append("</table>\n");
		}

		if (noticeContent.getLinkURL() != null) {
			sb.append("<p><a href=\"");
			sb.append(HtmlUtil.escapeHREF(noticeContent.getLinkURL()));
			sb.append("\" style=\"color:#0b5fff\">");
			sb.append(HtmlUtil.escape(noticeContent.getLinkLabel()));
			sb.append("</a></p>\n");
		}

		if (noticeContent.getSignature() != null) {
			sb.append("<p style=\"color:#54555f;font-size:14px\">");
			sb.append(HtmlUtil.escape(noticeContent.getSignature()));
			sb.append("</p>\n");
		}

		sb.append("</main>\n</body>\n</html>\n");

		return sb.toString();
	}

}
