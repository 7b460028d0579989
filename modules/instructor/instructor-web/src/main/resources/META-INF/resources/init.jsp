<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>

<%@ taglib uri="http://java.sun.com/portlet_2_0" prefix="portlet" %>

<%@ taglib uri="http://liferay.com/tld/clay" prefix="clay" %><%@
taglib uri="http://liferay.com/tld/theme" prefix="liferay-theme" %><%@
taglib uri="http://liferay.com/tld/ui" prefix="liferay-ui" %>

<%@ page import="com.liferay.portal.kernel.language.LanguageUtil" %><%@
page import="com.liferay.portal.kernel.security.auth.PrincipalException" %><%@
page import="com.liferay.portal.kernel.servlet.SessionErrors" %><%@
page import="com.liferay.portal.kernel.util.HtmlUtil" %><%@
page import="com.liferay.portal.kernel.util.Validator" %>

<%@ page import="java.util.List" %><%@
page import="java.util.Map" %>

<%@ page import="se.livsviktig.instructor.exception.NoSuchCertificationException" %><%@
page import="se.livsviktig.instructor.web.internal.constants.InstructorWebKeys" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.CertificationFormDisplayContext" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.CertificationRow" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.CertificationURLs" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.CertificationsDisplayContext" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.FieldError" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.HolderCertificationsDisplayContext" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.InstructorDirectoryDisplayContext" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.InstructorDirectoryRow" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.LicenceStandingRow" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.MeetingInvitationRow" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.MyInstructorAssignmentsDisplayContext" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.NetworkMembershipRow" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.Option" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.PageLink" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.RevokeCertificationDisplayContext" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.TaughtSessionRow" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.DeleteNetworkDisplayContext" %><%@
page import="se.livsviktig.platform.web.GetFormTarget" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.MemberCandidate" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.NetworkFormDisplayContext" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.NetworkMemberRow" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.NetworkMembersDisplayContext" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.NetworkRow" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.NetworkAdminURLs" %><%@
page import="se.livsviktig.instructor.web.internal.display.context.NetworksDisplayContext" %><%@
page import="se.livsviktig.instructor.exception.NoSuchInstructorNetworkException" %><%@
page import="se.livsviktig.instructor.exception.NoSuchNetworkMemberException" %>

<liferay-theme:defineObjects />

<portlet:defineObjects />
