<%@ include file="/init.jsp" %>

<%
LocalRoutineFormDisplayContext localRoutineFormDisplayContext = (LocalRoutineFormDisplayContext)request.getAttribute(CareProgramWebKeys.LOCAL_ROUTINE_FORM_DISPLAY_CONTEXT);

List<FieldError> fieldErrors = localRoutineFormDisplayContext.getFieldErrors();

FieldError fieldError = null;
%>

<clay:container-fluid cssClass="livsviktig-careprogram-admin">
	<h2><liferay-ui:message arguments="<%= HtmlUtil.escape(localRoutineFormDisplayContext.getCareProgramTitle()) %>" key='<%= localRoutineFormDisplayContext.isNew() ? "add-local-routine-of-x" : "edit-local-routine-of-x" %>' translateArguments="<%= false %>" /></h2>

	<%@ include file="/shared/error_summary.jspf" %>

	<form action="<%= HtmlUtil.escapeAttribute(localRoutineFormDisplayContext.getActionURL()) %>" method="post">
		<input name="<portlet:namespace />careProgramId" type="hidden" value="<%= localRoutineFormDisplayContext.getCareProgramId() %>" />
		<input name="<portlet:namespace />localRoutineId" type="hidden" value="<%= localRoutineFormDisplayContext.getLocalRoutineId() %>" />

		<clay:sheet>
			<clay:sheet-section>

				<%
				fieldError = localRoutineFormDisplayContext.getFieldError("organizationId");
				%>

				<c:choose>
					<c:when test="<%= localRoutineFormDisplayContext.isNew() %>">
						<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
							<label for="<portlet:namespace />organizationId"><liferay-ui:message key="administration" /> <span class="reference-mark text-warning"><liferay-ui:message key="required" /></span></label>

							<select <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "organizationIdError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />organizationId" name="<portlet:namespace />organizationId" required>

								<%
								List<Option> selectOptions = localRoutineFormDisplayContext.getOrganizationOptions();
								%>

								<%@ include file="/shared/select_options.jspf" %>
							</select>

							<%@ include file="/shared/field_error.jspf" %>
						</div>
					</c:when>
					<c:otherwise>
						<p><strong><liferay-ui:message key="administration" />:</strong> <%= HtmlUtil.escape(localRoutineFormDisplayContext.getAdministrationName()) %></p>
					</c:otherwise>
				</c:choose>

				<%
				fieldError = localRoutineFormDisplayContext.getFieldError("articleResourcePrimKey");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />articleResourcePrimKey"><liferay-ui:message key="routine-article-id" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "articleResourcePrimKeyError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />articleResourcePrimKey" inputmode="numeric" name="<portlet:namespace />articleResourcePrimKey" type="text" value="<%= HtmlUtil.escapeAttribute(localRoutineFormDisplayContext.getArticleResourcePrimKey()) %>" />

					<%@ include file="/shared/field_error.jspf" %>
				</div>

				<%
				fieldError = localRoutineFormDisplayContext.getFieldError("ownerEmailAddress");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />ownerEmailAddress"><liferay-ui:message key="owner-email-address" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "ownerEmailAddressError\" aria-invalid=\"true\"" : "" %> autocomplete="off" class="form-control" id="<portlet:namespace />ownerEmailAddress" name="<portlet:namespace />ownerEmailAddress" type="email" value="<%= HtmlUtil.escapeAttribute(localRoutineFormDisplayContext.getOwnerEmailAddress()) %>" />

					<c:if test="<%= !localRoutineFormDisplayContext.isNew() %>">
						<a class="btn btn-link px-0" href="<%= HtmlUtil.escapeHREF(localRoutineFormDisplayContext.getPickOwnerURL()) %>"><liferay-ui:message key="choose-the-owner-among-the-people" /></a>
					</c:if>

					<%@ include file="/shared/field_error.jspf" %>
				</div>

				<%
				fieldError = localRoutineFormDisplayContext.getFieldError("reviewIntervalMonths");
				%>

				<div class="form-group<%= (fieldError != null) ? " has-error" : "" %>">
					<label for="<portlet:namespace />reviewIntervalMonths"><liferay-ui:message key="review-interval-in-months" /></label>

					<input <%= (fieldError != null) ? "aria-describedby=\"" + renderResponse.getNamespace() + "reviewIntervalMonthsError\" aria-invalid=\"true\"" : "" %> class="form-control" id="<portlet:namespace />reviewIntervalMonths" max="60" min="1" name="<portlet:namespace />reviewIntervalMonths" type="number" value="<%= HtmlUtil.escapeAttribute(localRoutineFormDisplayContext.getReviewIntervalMonths()) %>" />

					<%@ include file="/shared/field_error.jspf" %>
				</div>
			</clay:sheet-section>

			<div class="sheet-footer">
				<button class="btn btn-primary" type="submit"><liferay-ui:message key="save" /></button>

				<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(localRoutineFormDisplayContext.getCancelURL()) %>"><liferay-ui:message key="cancel" /></a>
			</div>
		</clay:sheet>
	</form>
</clay:container-fluid>
