<%@ include file="/init.jsp" %>

<%
DeleteConfirmation deleteConfirmation = (DeleteConfirmation)request.getAttribute(CareProgramWebKeys.DELETE_CONFIRMATION);
%>

<clay:container-fluid cssClass="livsviktig-careprogram-admin">
	<h2><liferay-ui:message arguments="<%= HtmlUtil.escape(deleteConfirmation.getName()) %>" key="<%= deleteConfirmation.getHeadingKey() %>" /></h2>

	<clay:alert displayType="warning">
		<p><liferay-ui:message key="this-also-deletes" /></p>

		<ul class="mb-0">

			<%
			for (DeleteConfirmation.Consequence consequence : deleteConfirmation.getConsequences()) {
			%>

				<li><liferay-ui:message arguments="<%= consequence.getCount() %>" key="<%= consequence.getMessageKey() %>" /></li>

			<%
			}
			%>

		</ul>

		<p class="mb-0"><liferay-ui:message key="deleting-cannot-be-undone" /></p>
	</clay:alert>

	<form action="<%= HtmlUtil.escapeAttribute(deleteConfirmation.getActionURL()) %>" method="post">
		<input name="<portlet:namespace /><%= HtmlUtil.escapeAttribute(deleteConfirmation.getIdParameterName()) %>" type="hidden" value="<%= deleteConfirmation.getId() %>" />

		<button class="btn btn-danger" type="submit"><liferay-ui:message key="delete" /></button>

		<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(deleteConfirmation.getCancelURL()) %>"><liferay-ui:message key="cancel" /></a>
	</form>
</clay:container-fluid>
