<%@ include file="/init.jsp" %>

<%
NetworkFormDisplayContext networkFormDisplayContext = (NetworkFormDisplayContext)request.getAttribute(InstructorWebKeys.NETWORK_FORM_DISPLAY_CONTEXT);

List<FieldError> fieldErrors = networkFormDisplayContext.getFieldErrors();
%>

<clay:container-fluid cssClass="livsviktig-instructor-admin livsviktig-edit-network">
	<h1><liferay-ui:message key="<%= networkFormDisplayContext.getTitleKey() %>" /></h1>

	<%@ include file="/instructor_admin/error_summary.jspf" %>

	<form action="<%= HtmlUtil.escapeHREF(networkFormDisplayContext.getActionURL()) %>" method="post" name="<portlet:namespace />fm">
		<clay:sheet>
			<clay:sheet-section>

				<%
				FieldError fieldError = networkFormDisplayContext.getFieldError("name");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />name"><liferay-ui:message key="name" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "nameError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />name" maxlength="150" name="<portlet:namespace />name" required type="text" value="<%= HtmlUtil.escapeAttribute(networkFormDisplayContext.getName()) %>" />

					<%@ include file="/instructor_admin/field_error.jspf" %>
				</div>

				<%
				fieldError = networkFormDisplayContext.getFieldError("description");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />description"><liferay-ui:message key="description" /></label>

					<textarea <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "descriptionError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />description" maxlength="4000" name="<portlet:namespace />description" rows="4"><%= HtmlUtil.escape(networkFormDisplayContext.getDescription()) %></textarea>

					<%@ include file="/instructor_admin/field_error.jspf" %>
				</div>

				<%
				fieldError = networkFormDisplayContext.getFieldError("trainingMethodIds");

				int trainingMethodIndex = 0;
				%>

				<fieldset <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "trainingMethodIdsError\"" : "" %> class="form-group<%= (fieldError != null) ? " has-error" : "" %>" id="<portlet:namespace />trainingMethodIds">
					<legend class="h5"><liferay-ui:message key="training-methods" /></legend>

					<%
					for (Option option : networkFormDisplayContext.getTrainingMethodOptions()) {
						trainingMethodIndex++;
					%>

						<div class="custom-control custom-checkbox">
							<label>
								<input <%= option.isSelected() ? "checked" : "" %> class="custom-control-input" id="<portlet:namespace />trainingMethodId<%= trainingMethodIndex %>" name="<portlet:namespace />trainingMethodIds" type="checkbox" value="<%= HtmlUtil.escapeAttribute(option.getValue()) %>" />

								<span class="custom-control-label"><span class="custom-control-label-text"><%= HtmlUtil.escape(option.getName()) %></span></span>
							</label>
						</div>

					<%
					}
					%>

					<%@ include file="/instructor_admin/field_error.jspf" %>
				</fieldset>
			</clay:sheet-section>

			<div class="sheet-footer">
				<button class="btn btn-primary" type="submit"><liferay-ui:message key="save" /></button>

				<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(networkFormDisplayContext.getCancelURL()) %>"><liferay-ui:message key="cancel" /></a>
			</div>
		</clay:sheet>
	</form>
</clay:container-fluid>
