<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>

<%@ taglib uri="http://java.sun.com/portlet_2_0" prefix="portlet" %>

<%@ taglib uri="http://liferay.com/tld/clay" prefix="clay" %><%@
taglib uri="http://liferay.com/tld/theme" prefix="liferay-theme" %><%@
taglib uri="http://liferay.com/tld/ui" prefix="liferay-ui" %>

<%@ page import="com.liferay.portal.kernel.language.LanguageUtil" %><%@
page import="com.liferay.portal.kernel.security.auth.PrincipalException" %><%@
page import="com.liferay.portal.kernel.servlet.SessionErrors" %><%@
page import="com.liferay.portal.kernel.util.HtmlUtil" %>

<%@ page import="java.util.List" %><%@
page import="java.util.Map" %>

<%@ page import="se.livsviktig.report.exception.NoSuchReportFreezeException" %><%@
page import="se.livsviktig.report.web.internal.constants.ReportMVCCommandNames" %><%@
page import="se.livsviktig.report.web.internal.constants.ReportWebKeys" %><%@
page import="se.livsviktig.report.web.internal.display.context.DifferenceRow" %><%@
page import="se.livsviktig.report.web.internal.display.context.FigureCell" %><%@
page import="se.livsviktig.report.web.internal.display.context.FigureRow" %><%@
page import="se.livsviktig.report.web.internal.display.context.FigureTable" %><%@
page import="se.livsviktig.report.web.internal.display.context.FreezeDisplayContext" %><%@
page import="se.livsviktig.report.web.internal.display.context.FreezeRow" %><%@
page import="se.livsviktig.report.web.internal.display.context.FreezesDisplayContext" %><%@
page import="se.livsviktig.platform.web.GetFormTarget" %><%@
page import="se.livsviktig.report.web.internal.display.context.Option" %><%@
page import="se.livsviktig.report.web.internal.display.context.OverviewDisplayContext" %>

<liferay-theme:defineObjects />

<portlet:defineObjects />
