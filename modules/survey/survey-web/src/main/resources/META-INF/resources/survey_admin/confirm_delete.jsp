<%@ include file="/init.jsp" %>

<%
ConfirmDeleteDisplayContext confirmDeleteDisplayContext = (ConfirmDeleteDisplayContext)request.getAttribute(SurveyWebKeys.CONFIRM_DELETE_DISPLAY_CONTEXT);

String errorKey = confirmDeleteDisplayContext.getErrorKey();
%>

<clay:container-fluid cssClass="livsviktig-survey-admin">
	<h1><liferay-ui:message key="<%= confirmDeleteDisplayContext.getHeadingKey() %>" /></h1>

	<c:if test="<%= errorKey != null %>">
		<clay:alert displayType="danger">
			<liferay-ui:message key="<%= errorKey %>" />
		</clay:alert>
	</c:if>

	<p class="h4"><%= HtmlUtil.escape(confirmDeleteDisplayContext.getName()) %></p>

	<p><liferay-ui:message key="<%= confirmDeleteDisplayContext.getConsequenceKey() %>" /></p>

	<form action="<%= HtmlUtil.escapeHREF(confirmDeleteDisplayContext.getActionURL()) %>" method="post" name="<portlet:namespace />deleteFm">

		<%
		for (Map.Entry<String, String> hiddenParameter : confirmDeleteDisplayContext.getHiddenParameters().entrySet()) {
		%>

			<input name="<portlet:namespace /><%= HtmlUtil.escapeAttribute(hiddenParameter.getKey()) %>" type="hidden" value="<%= HtmlUtil.escapeAttribute(hiddenParameter.getValue()) %>" />

		<%
		}
		%>

		<button class="btn btn-danger" type="submit"><liferay-ui:message key="delete" /></button>

		<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(confirmDeleteDisplayContext.getCancelURL()) %>"><liferay-ui:message key="cancel" /></a>
	</form>
</clay:container-fluid>
